from dataclasses import dataclass, field, KW_ONLY


@dataclass(frozen=True)
class Context:
    user_id: str
    _: KW_ONLY
    client_id: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def connection_id(self) -> str:
        return self.client_id


def make(u, c, /, *args, flag=False, **kwargs) -> "Context":
    return Context(u, client_id=c, **kwargs)
