"""Topic names, with a configurable prefix so several deployments share one cluster."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Topics:
    """The topics of a pressflow deployment; `prefix` is prepended verbatim."""

    prefix: str = ""

    @property
    def raw(self) -> str:
        return f"{self.prefix}releases.raw"

    @property
    def enriched(self) -> str:
        return f"{self.prefix}releases.enriched"

    @property
    def dead_letter(self) -> str:
        return f"{self.prefix}releases.dead-letter"

    @property
    def linked(self) -> str:
        return f"{self.prefix}releases.linked"

    def all(self) -> tuple[str, ...]:
        return (self.raw, self.enriched, self.dead_letter, self.linked)
