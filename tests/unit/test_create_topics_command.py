"""`pressflow create-topics` refuses a replication factor it cannot use, with the reason."""

from pressflow.cli import main


def test_a_replication_factor_that_is_not_a_number_is_refused_before_kafka_is_asked(monkeypatch, capsys):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1")  # nothing listens: never reached
    monkeypatch.setenv("PRESSFLOW_REPLICATION_FACTOR", "three")
    assert main(["create-topics"]) == 2
    assert "PRESSFLOW_REPLICATION_FACTOR must be a whole number" in capsys.readouterr().err


def test_a_cluster_id_never_reads_as_an_option() -> None:
    from pressflow.broker import new_cluster_id

    ids = [new_cluster_id() for _ in range(2000)]  # about 1 in 64 random ids would start with "-"
    assert all(len(i) == 22 and not i.startswith("-") for i in ids)
