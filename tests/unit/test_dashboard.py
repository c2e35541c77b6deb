"""The Grafana dashboard and the Prometheus scrape configuration agree with what the services export."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from prometheus_client import REGISTRY

import pressflow_enrich.metrics
import pressflow_ingest.adapters.metrics
import pressflow_runtime.metrics
import pressflow_store.write.metrics

ROOT = Path(__file__).resolve().parents[2]
OBSERVABILITY = ROOT / "observability"
DASHBOARD = json.loads(
    (OBSERVABILITY / "grafana" / "dashboards" / "pressflow.json").read_text(encoding="utf-8")
)
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
MODULES = (
    pressflow_runtime.metrics,
    pressflow_ingest.adapters.metrics,
    pressflow_enrich.metrics,
    pressflow_store.write.metrics,
)
SUFFIXES = {
    "counter": ("_total",),
    "histogram": ("_bucket", "_sum", "_count"),
    "gauge": ("",),
    "info": ("_info",),
}


def exported() -> set[str]:
    """Every series name the services' metrics can produce, from the registry they register in."""
    return {
        family.name + suffix
        for family in REGISTRY.collect()
        if family.name.startswith("pressflow_")
        for suffix in SUFFIXES[family.type]
    }


def expressions() -> list[str]:
    return [target["expr"] for panel in DASHBOARD["panels"] for target in panel.get("targets", [])]


def test_the_dashboard_refers_only_to_metric_names_the_services_export():
    used = {name for expr in expressions() for name in re.findall(r"\bpressflow_[a-z_]+", expr)}
    assert used, "the dashboard shows no pressflow metric"
    assert used <= exported(), f"not exported: {sorted(used - exported())}"


def test_the_dashboard_shows_every_metric_the_issue_names():
    used = " ".join(expressions())
    for family in (
        "pressflow_ingest_releases_total",
        "pressflow_enrich_releases_total",
        "pressflow_store_releases_total",
        "pressflow_consumer_lag",
        "pressflow_end_to_end_seconds",
        "pressflow_dead_letters_total",
    ):
        assert family in used


def test_prometheus_scrapes_each_service_on_the_port_compose_gives_it():
    config = yaml.safe_load((OBSERVABILITY / "prometheus.yml").read_text(encoding="utf-8"))
    targets = {
        t for job in config["scrape_configs"] for group in job["static_configs"] for t in group["targets"]
    }
    for service in ("ingest", "enrich", "store"):
        port = COMPOSE["services"][service]["environment"][f"PRESSFLOW_{service.upper()}_PORT"]
        assert f"{service}:{port}" in targets


def test_prometheus_and_grafana_run_behind_the_observability_profile_with_these_files():
    for service in ("prometheus", "grafana"):
        assert COMPOSE["services"][service]["profiles"] == ["observability"]
    mounted = [v.split(":")[0] for s in ("prometheus", "grafana") for v in COMPOSE["services"][s]["volumes"]]
    for source in mounted:
        assert (ROOT / source).exists(), source
    datasource = yaml.safe_load(
        (OBSERVABILITY / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text(
            encoding="utf-8"
        )
    )
    uids = {panel["datasource"]["uid"] for panel in DASHBOARD["panels"]}
    assert uids == {datasource["datasources"][0]["uid"]}
