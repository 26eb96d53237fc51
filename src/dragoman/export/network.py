"""The actor network for Gephi and friends: GraphML or GEXF through networkx."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, BinaryIO, Literal


def actor_network(dyads: Iterable[dict[str, Any]], actors: Iterable[dict[str, Any]]):
    """A directed graph: actors (by code) as nodes, dyads as edges weighted by their event count."""
    import networkx as nx

    names: dict[str, Counter[str]] = defaultdict(Counter)
    mentions: Counter[str] = Counter()
    for actor in actors:
        if actor.get("code"):
            names[actor["code"]][actor["name"]] += actor["mentions"]
            mentions[actor["code"]] += actor["mentions"]
    graph = nx.DiGraph(name="dragoman actor network")
    for dyad in dyads:
        for code in (dyad["source"], dyad["target"]):
            if code not in graph:
                label = names[code].most_common(1)[0][0] if names.get(code) else code
                graph.add_node(code, label=label, mentions=mentions.get(code, 0))
        graph.add_edge(
            dyad["source"], dyad["target"], weight=dyad["events"],
            goldstein=dyad["goldstein"] if dyad["goldstein"] is not None else 0.0,
        )
    return graph


def write_network(graph, out: BinaryIO, fmt: Literal["graphml", "gexf"]) -> int:
    import networkx as nx

    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, out)
    return graph.number_of_edges()
