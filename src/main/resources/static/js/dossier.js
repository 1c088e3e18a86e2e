// Draws each process diagram of the dossier page with bpmn-js and marks what is done and
// what is under way. The page gives only URLs (data-src); everything else comes as JSON.
(function () {
  'use strict';

  // Below this scale labels are unreadable: the wide main model is then shown around what
  // is under way instead of whole; the viewer pans and zooms for the rest.
  var READABLE_SCALE = 0.6;
  var FOCUS_SCALE = 0.75;

  function mark(viewer, diagram) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    diagram.finished.forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'done');
      }
    });
    diagram.active.forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'active');
      }
    });
  }

  function focus(viewer, diagram) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport', 'auto');
    var box = canvas.viewbox();
    var shapes = diagram.active.map(function (id) {
      return registry.get(id);
    }).filter(Boolean);
    if (box.scale >= READABLE_SCALE || shapes.length === 0) {
      return;
    }
    var left = Math.min.apply(null, shapes.map(function (s) { return s.x; }));
    var right = Math.max.apply(null, shapes.map(function (s) { return s.x + s.width; }));
    var top = Math.min.apply(null, shapes.map(function (s) { return s.y; }));
    var bottom = Math.max.apply(null, shapes.map(function (s) { return s.y + s.height; }));
    var width = box.outer.width / FOCUS_SCALE;
    var height = box.outer.height / FOCUS_SCALE;
    canvas.viewbox({
      x: (left + right) / 2 - width / 2,
      y: (top + bottom) / 2 - height / 2,
      width: width,
      height: height
    });
  }

  var drawn = [];

  // On paper the whole model is shown, whatever the screen was zoomed to.
  function refit(toPaper) {
    drawn.forEach(function (shown) {
      var canvas = shown.viewer.get('canvas');
      canvas.resized();
      if (toPaper) {
        canvas.zoom('fit-viewport', 'auto');
      } else {
        focus(shown.viewer, shown.diagram);
      }
    });
  }

  function draw(figure) {
    var viewer = new BpmnJS({ container: figure.querySelector('.canvas') });
    return fetch(figure.getAttribute('data-src'), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('diagram ' + response.status);
      }
      return response.json();
    }).then(function (diagram) {
      return viewer.importXML(diagram.xml).then(function () {
        mark(viewer, diagram);
        focus(viewer, diagram);
        drawn.push({ viewer: viewer, diagram: diagram });
      });
    }).catch(function (error) {
      figure.querySelector('.diagram-failed').hidden = false;
      if (window.console) {
        console.error(error);
      }
    });
  }

  document.querySelectorAll('figure.diagram[data-src]').forEach(draw);
  window.addEventListener('beforeprint', function () {
    refit(true);
  });
  window.addEventListener('afterprint', function () {
    refit(false);
  });
  document.querySelectorAll('button.print-page').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
