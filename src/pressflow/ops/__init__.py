"""What an operator runs against a deployment, outside any one service: submit files, dead letters."""
