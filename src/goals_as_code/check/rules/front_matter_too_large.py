"""The front matter, or the whole file, is larger than the limit.

## What it does
Reports front matter larger than `limits.front-matter-bytes` (64 KiB by default), statement
files larger than 1 MiB, which are not read at all, and statements (the H1) longer than 1,000
characters, of which only the first 1,000 are checked. The limits are the same in every command
that reads a statement file.

## Why is this bad?
Front matter holds fields, not prose; a huge block is a mistake or an attack, and slows down every
commit.

## Example
```toml
[limits]
front-matter-bytes = 256
```

```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
x-background: >-
  Our customers wait two days for an answer to a simple question, and the
  survey of 2016 names the reply time as the first reason for complaints.
  The support team has grown by one person, and the ten most common
  questions make up half of all mail. Templates and a daily review of the
  queue should let us answer within a working day.
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
Keep the fields in the front matter and write the text below it, in the Markdown body.

```toml
[limits]
front-matter-bytes = 256
```

```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

Our customers wait two days for an answer to a simple question, and the survey of 2016 names the
reply time as the first reason for complaints.
```

## Example (sv)
```toml
[limits]
front-matter-bytes = 256
```

```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
x-background: >-
  Våra kunder väntar två dagar på svar på en enkel fråga, och enkäten
  från 2016 nämner svarstiden som det främsta skälet till klagomål.
  Supportteamet har vuxit med en person, och de tio vanligaste frågorna
  står för hälften av all mejl. Mallar och en daglig genomgång av kön
  bör låta oss svara inom en arbetsdag.
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Håll fälten i front matter och skriv texten under den, i Markdown-texten.

```toml
[limits]
front-matter-bytes = 256
```

```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017

Våra kunder väntar två dagar på svar på en enkel fråga, och enkäten från 2016 nämner svarstiden
som det främsta skälet till klagomål.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F007"
NAME = "front-matter-too-large"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "too-large")
