"""`pressflow create-topics` refuses a replication factor it cannot use, with the reason."""

from pressflow.cli import main


def test_a_replication_factor_that_is_not_a_number_is_refused_before_kafka_is_asked(monkeypatch, capsys):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1")  # nothing listens: never reached
    monkeypatch.setenv("PRESSFLOW_REPLICATION_FACTOR", "three")
    assert main(["create-topics"]) == 2
    assert "PRESSFLOW_REPLICATION_FACTOR must be a whole number" in capsys.readouterr().err
