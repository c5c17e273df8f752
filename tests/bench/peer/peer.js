// The benchmark's peer: force-graph (the canvas library a developer would pick
// instead) drawing the dataset named by ?data=, with its default settings.
// Marks: peer:data (the JSON is parsed), peer:rendered (the first frame with
// the graph), peer:settled (force-graph's engine stopped).
/* global ForceGraph */
(async () => {
  const url = new URLSearchParams(location.search).get('data');
  const json = await (await fetch(url)).json();
  performance.mark('peer:data');
  const data = {
    nodes: json.nodes.map((n) => ({ id: n.id, label: n.label.en })),
    links: json.edges.map((e) => ({ source: e.source, target: e.target })),
  };
  let drawn = false;
  const graph = new ForceGraph(document.getElementById('graph'))
    .width(window.innerWidth)
    .height(window.innerHeight)
    .nodeLabel('label')
    .onRenderFramePost(() => {
      if (!drawn && graph.graphData().nodes.length > 0) {
        drawn = true;
        performance.mark('peer:rendered');
      }
    })
    .onEngineStop(() => {
      if (performance.getEntriesByName('peer:settled').length === 0) performance.mark('peer:settled');
    })
    .graphData(data);
})();
