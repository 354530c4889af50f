"""The syndication benchmark's reference from verbatim spans: groups, not chains."""

from __future__ import annotations


def test_linkage_reference_does_not_chain_through_one_pair(benchmark_module) -> None:
    # two notices of two passages each (0-1, 2-3), one pair across them (1-2, a shared
    # formula): connected components would make one group of four; a quarter of the cross
    # pairs is below the 50% linkage
    groups = benchmark_module("syndication").linkage_reference(5, {(0, 1), (2, 3), (1, 2)})
    assert groups[0] == groups[1] != groups[2] == groups[3]
    assert groups[4] == 4  # an unlinked passage stays alone


def test_linkage_reference_joins_a_group_most_of_whose_pairs_are_copies(
        benchmark_module) -> None:
    # passage 3 is a copy of two of the three passages of a group: 2 of 3 cross pairs
    groups = benchmark_module("syndication").linkage_reference(4, {(0, 1), (0, 2), (1, 2), (0, 3), (1, 3)})
    assert len(set(groups)) == 1
