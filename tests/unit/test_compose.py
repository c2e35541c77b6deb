"""docker-compose.yml cannot run here (no Docker engine), so its consistency is checked instead."""

import importlib.util
from pathlib import Path

import pytest
import yaml

from pressflow_enrich.settings import EnrichSettings
from pressflow_ingest.settings import IngestSettings
from pressflow_store.settings import StoreSettings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SETTINGS = {"ingest": IngestSettings, "enrich": EnrichSettings, "store": StoreSettings}


def test_compose_runs_the_three_services_against_kafka_and_postgres():
    always = {name for name, spec in COMPOSE["services"].items() if "profiles" not in spec}
    assert always == {"kafka", "topics", "postgres", "ingest", "enrich", "store"}
    assert COMPOSE["services"]["kafka"]["image"].startswith("apache/kafka:4.")


def env_file(name: str) -> dict[str, str]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def interpolate(value: object, variables: dict[str, str]) -> str:
    """What compose makes of `${NAME:-default}` given the variables of an --env-file."""
    text = str(value)
    if text.startswith("${") and ":-" in text:
        name, default = text[2:-1].split(":-", 1)
        return variables.get(name, default)
    return text


def test_the_cluster_profile_runs_three_brokers_that_form_one_quorum_and_topics_keep_three_copies():
    cluster = env_file("cluster.env")
    nodes = {name: COMPOSE["services"][name] for name in ("kafka", "kafka-2", "kafka-3")}
    assert "profiles" not in nodes["kafka"]
    assert all(nodes[name]["profiles"] == ["cluster"] for name in ("kafka-2", "kafka-3"))
    voters = {
        interpolate(node["environment"]["KAFKA_CONTROLLER_QUORUM_VOTERS"], cluster) for node in nodes.values()
    }
    assert voters == {"1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093"}
    ids = {n["environment"]["KAFKA_NODE_ID"]: name for name, n in nodes.items()}
    assert ids == {1: "kafka", 2: "kafka-2", 3: "kafka-3"}
    for name, node in nodes.items():
        assert node["environment"]["KAFKA_ADVERTISED_LISTENERS"] == f"PLAINTEXT://{name}:9092"
        assert interpolate(node["environment"]["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"], cluster) == "3"
    bootstrap = interpolate(COMPOSE["services"]["store"]["environment"]["KAFKA_BOOTSTRAP_SERVERS"], cluster)
    assert bootstrap.split(",") == [f"{name}:9092" for name in nodes]
    topics = COMPOSE["services"]["topics"]
    assert interpolate(topics["environment"]["PRESSFLOW_REPLICATION_FACTOR"], cluster) == "3"
    # topics are created once all three brokers answer, else they would get fewer copies
    assert {n for n, d in topics["depends_on"].items() if d["condition"] == "service_healthy"} == set(nodes)
    # without the profile: one broker and its single copy
    assert interpolate(COMPOSE["services"]["kafka"]["environment"]["KAFKA_CONTROLLER_QUORUM_VOTERS"], {}) == (
        "1@kafka:9093"
    )


@pytest.mark.parametrize("service", sorted(SETTINGS))
def test_the_stop_grace_period_covers_what_a_service_finishes_on_sigterm(service):
    seconds = int(COMPOSE["services"][service]["stop_grace_period"].removesuffix("s"))
    # ingest may be extracting a file for the whole extraction timeout when SIGTERM comes
    needed = IngestSettings().extract_timeout_seconds if service == "ingest" else 10
    assert seconds > needed


@pytest.mark.parametrize("service", sorted(SETTINGS))
def test_each_service_runs_its_own_module(service):
    command = COMPOSE["services"][service]["command"]
    assert command == ["python", "-m", f"pressflow_{service}"]
    assert importlib.util.find_spec(f"pressflow_{service}.__main__") is not None


@pytest.mark.parametrize("service", sorted(SETTINGS))
def test_every_variable_compose_sets_is_one_the_service_reads(service):
    fields = SETTINGS[service].variables()
    variables = set(COMPOSE["services"][service]["environment"])
    assert variables <= fields, f"{service} ignores {sorted(variables - fields)}"
    assert "KAFKA_BOOTSTRAP_SERVERS" in variables


@pytest.mark.parametrize("service", sorted(SETTINGS))
def test_published_ports_and_healthchecks_match_the_configured_port(service):
    spec = COMPOSE["services"][service]
    port = str(spec["environment"][f"PRESSFLOW_{service.upper()}_PORT"])
    assert spec["ports"] == [f"{port}:{port}"]
    # healthy means ready: Kafka, the database, the models and the consumer's partitions
    assert f":{port}/readyz" in " ".join(spec["healthcheck"]["test"])


def test_services_start_after_the_topics_exist_and_their_dependencies_are_healthy():
    topics = COMPOSE["services"]["topics"]
    assert topics["command"] == ["pressflow", "create-topics"]
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    for service in SETTINGS:
        depends = COMPOSE["services"][service]["depends_on"]
        assert depends["topics"]["condition"] == "service_completed_successfully"
        assert all(
            d["condition"] in ("service_healthy", "service_completed_successfully") for d in depends.values()
        )
    assert COMPOSE["services"]["store"]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_the_store_uses_postgres_and_the_password_is_not_a_default():
    url = COMPOSE["services"]["store"]["environment"]["DATABASE_URL"]
    assert url.startswith("postgresql://") and "${POSTGRES_PASSWORD:?" in url


def test_the_image_installs_from_the_lock_file():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "uv sync --frozen" in dockerfile


def test_compose_turns_ingest_authentication_on_without_a_default_token():
    token = COMPOSE["services"]["ingest"]["environment"]["PRESSFLOW_INGEST_TOKEN"]
    assert token == "${PRESSFLOW_INGEST_TOKEN:?set PRESSFLOW_INGEST_TOKEN}"
