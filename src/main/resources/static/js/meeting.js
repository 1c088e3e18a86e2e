// The minutes' print button; the page prints without it (see @media print in juece.css).
(function () {
  'use strict';
  document.querySelectorAll('button.print-page').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
