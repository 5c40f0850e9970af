// casebook: make the widget manager find its fonts beside embed-amd.js.
// embed-amd.js resolves its assets from the AMD module id
// "@jupyter-widgets/html-manager/dist/...", which RequireJS would otherwise
// read relative to the page (a 404 in every sub-folder). Map that id to the
// folder this script is served from (_static/widgets/). The bundled modules
// "@jupyter-widgets/base", "@jupyter-widgets/controls" (and their "7" twins)
// resolve theirs from "@jupyter-widgets/", so that prefix maps there too;
// RequireJS picks the longest matching path. Loaded between require.js and
// embed-amd.js (see nb_ipywidgets_js in _config.yml).
(function () {
  var src = document.currentScript && document.currentScript.src;
  if (!src || typeof require === "undefined") { return; }
  var base = src.slice(0, src.lastIndexOf("/"));
  require.config({ paths: { "@jupyter-widgets/html-manager/dist": base, "@jupyter-widgets": base } });
})();
