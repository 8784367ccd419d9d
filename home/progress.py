"""How far a long management command has come: count, rate and time left on one
line of the operator's terminal, redrawn in place. Written only to a terminal:
logs and pipes get the command's own messages, not a stream of redraws."""

import time


def duration(seconds):
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class Progress:
    """`step()` after each item; `clear()` before writing anything else to the
    terminal (the next step draws the line again); `finish()` at the end."""

    def __init__(self, stream, total, noun, interval=0.5, clock=time.monotonic):
        self.stream, self.total, self.noun = stream, total, noun
        self.interval, self.clock = interval, clock
        self.enabled = total > 0 and stream.isatty()
        self.done, self.start, self.drawn_at, self.width = 0, clock(), None, 0

    def step(self, count=1):
        self.done += count
        now = self.clock()
        due = self.drawn_at is None or now - self.drawn_at >= self.interval
        if self.enabled and (due or self.done >= self.total):
            self.draw(now)

    def line(self, now=None):
        elapsed = (self.clock() if now is None else now) - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        text = f"{self.done}/{self.total} {self.noun} ({100 * self.done // self.total}%)"
        if rate:
            text += f", {rate:.1f}/s"
            if self.done < self.total:
                text += f", {duration((self.total - self.done) / rate)} left"
        return text

    def draw(self, now):
        text = self.line(now)
        self.write("\r" + text.ljust(self.width))
        self.width, self.drawn_at = len(text), now

    def clear(self):
        if self.enabled and self.width:
            self.write("\r" + " " * self.width + "\r")
            self.width, self.drawn_at = 0, None

    def finish(self):
        self.clear()

    def write(self, text):
        if hasattr(self.stream, "style_func"):
            # Django's OutputWrapper would colour stderr as an error and end each
            # write with a newline: neither suits a line that is redrawn.
            self.stream.write(text, style_func=lambda message: message, ending="")
        else:
            self.stream.write(text)
        self.stream.flush()
