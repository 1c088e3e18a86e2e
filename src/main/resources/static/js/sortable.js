// Sorts a table.sortable by the column whose header button was clicked; again to reverse.
// A cell's data-sort value, when present, sorts instead of its text (e.g. times).
(function () {
  'use strict';
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll('button.sort').forEach(function (button) {
      button.addEventListener('click', function () {
        var column = Number(button.dataset.column);
        var ascending = button.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('button.sort').forEach(function (other) { other.removeAttribute('aria-sort'); });
        button.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[column];
          return cell.dataset.sort !== undefined ? Number(cell.dataset.sort) : cell.textContent.trim();
        };
        Array.from(body.rows).sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = typeof x === 'number' ? x - y : x.localeCompare(y, 'zh-CN');
          return ascending ? order : -order;
        }).forEach(function (row) { body.appendChild(row); });
      });
    });
  });
}());
