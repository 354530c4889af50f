"""Network: the graph of sites that republish each other, built from families of copies."""

from sourcier.network.graph import SiteEdge, SiteGraph, site_graph

__all__ = ["SiteEdge", "SiteGraph", "site_graph"]
