"""Extraction on worker processes and on a Dask cluster gives exactly what one process gives."""

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from builder.pipeline import extract_folder

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_process_pool_gives_the_same_briefings_in_the_same_order() -> None:
    alone = extract_folder(FIXTURES)
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = extract_folder(FIXTURES, executor=pool)
    assert parallel == alone


@pytest.mark.dask
def test_dask_cluster_executor_gives_the_same_briefings() -> None:
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
    alone = extract_folder(FIXTURES)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        on_cluster = extract_folder(FIXTURES, executor=client.get_executor())
    assert on_cluster == alone
