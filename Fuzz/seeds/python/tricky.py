# -*- coding: utf-8 -*-
import os, sys as system
from . import sibling
from .pkg.mod import (a as b,
                      c)

x = f"{os.sep!r:>{width}} {'nested' + f'{1}'}"
y = lambda *, k=1: k
z = [w.go(k=1) for w in items if w]
with open("p") as fh, Lock() as l:
    pass


class Box(Base[T], metaclass=Meta, kw_only=True):
    def put(self, __item, *, where=None):
        return self.put(__item=1)

    async def run(self) -> None:
        async with self.session() as s:
            await s.get(url=self.url)


match command.split():
    case [action, *rest] if rest:
        go(action=action)
    case _:
        pass
