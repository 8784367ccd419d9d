"""Remembering, for one batch of an import, what the same input gave before.

An import file repeats itself: thousands of services name the same few dozen
categories, areas and locations, each time in full. Inside `remembering()`, a
function decorated with `@remembered` that is called again with the same
arguments returns what it returned the first time, without the queries (and
the comparison with the database) of importing the same term again.

Only for functions whose result depends on their arguments and on what the
same batch wrote: the memory lasts one batch (one transaction), so a change an
editor makes meanwhile is seen by the next batch. `forget()` after a record
that failed: its savepoint is rolled back, and what it created with it.
"""

import functools
import inspect
from contextlib import contextmanager

from django.db.models import Model

_memories = []  # one Memory per open remembering(), innermost last


class Memory:
    def __init__(self):
        self.results = {}  # {call: result}
        self.calls = {}  # {(model label, pk): the call that gave this object}

    def clear(self):
        self.results.clear()
        self.calls.clear()


@contextmanager
def remembering():
    _memories.append(Memory())
    try:
        yield
    finally:
        _memories.pop()


def remembering_now():
    """Whether a batch is remembering: a list looked up once for the batch (instead
    of a question a record) pays off only then."""
    return bool(_memories)


def forget():
    if _memories:
        _memories[-1].clear()


def _key(value):
    """A hashable stand-in for an argument: a saved object by its primary key, an
    unsaved one (an opening hours row) by its values, containers by their items."""
    if isinstance(value, Model):
        if value.pk is not None:
            return (value._meta.label, value.pk)
        return (value._meta.label,) + tuple(
            _key(getattr(value, field.attname)) for field in value._meta.concrete_fields
        )
    if isinstance(value, dict):
        return tuple(sorted((name, _key(item)) for name, item in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_key(item) for item in value)
    return value


def remembered(*, ignore=()):
    """Decorator: within `remembering()`, the first result for the same
    arguments (those named in `ignore` aside, e.g. the field an error message
    names). An exception is not remembered: the next call raises it again."""

    def decorate(function):
        signature = inspect.signature(function)

        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            if not _memories:
                return function(*args, **kwargs)
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            key = (function.__qualname__,) + tuple(
                (name, _key(value)) for name, value in bound.arguments.items() if name not in ignore
            )
            try:
                hash(key)
            except TypeError:  # an argument of a kind _key does not know: no memory
                return function(*args, **kwargs)
            memory = _memories[-1]
            if key in memory.results:
                return memory.results[key]
            result = function(*args, **kwargs)
            identity = _key(result) if isinstance(result, Model) else None
            if identity is not None and memory.calls.get(identity, key) != key:
                # The same object from other values (a file that gives one term two
                # ways): what was remembered may no longer hold, nor what it led to
                # (a term's parent); start again, as without memory.
                memory.clear()
            memory.results[key] = result
            if identity is not None:
                memory.calls[identity] = key
            return result

        return wrapper

    return decorate
