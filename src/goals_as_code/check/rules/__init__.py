"""The rule registry: every rule module, in one tuple, and how configuration selects among them.

Families: ``F`` file and front matter, ``V`` schema, ``S`` specific, ``M`` measurable,
``A`` accepted, ``R`` realistic, ``T`` time-bound, ``G`` goal vs activity/behaviour/KPI, ``L``
links, and ``C`` changes: the change rules, which compare two revisions of a statement and run in
``goals review`` only.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, TypeVar, cast

from goals_as_code.check.problem import SEVERITIES, Severity
from goals_as_code.check.rules._base import ChangeRule, Described, Entry, Rule
from goals_as_code.check.rules._index import INDEX
from goals_as_code.errors import ConfigError
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source.text import did_you_mean

# The registry: the rule modules in the order the catalogue lists them. A new rule is a module, a
# line here, and ``python -m tools.rule_index --write``.
FILE_MODULES: tuple[str, ...] = (
    "front_matter_missing",
    "front_matter_unclosed",
    "yaml_syntax",
    "duplicate_key",
    "yaml_alias",
    "yaml_tag",
    "front_matter_too_large",
    "front_matter_not_mapping",
    "missing_statement",
    "second_statement",
    "unused_suppression",
    "unknown_suppression",
    "missing_field",
    "unknown_field",
    "wrong_type",
    "invalid_value",
    "invalid_date",
    "empty_statement",
    "vague_word",
    "no_result",
    "template_placeholder",
    "missing_metric",
    "target_equals_baseline",
    "direction_mismatch",
    "statement_metric_mismatch",
    "statement_without_level",
    "kpi_unit_mismatch",
    "status_contradicts_progress",
    "kpi_unhealthy",
    "not_first_person",
    "missing_manager",
    "manager_is_owner",
    "missing_acceptance",
    "stale_acceptance",
    "acceptance_not_by_manager",
    "missing_agreement",
    "stale_agreement",
    "agreement_not_by_owner",
    "changed_parent",
    "missing_confidence",
    "low_confidence",
    "confidence_not_by_holder",
    "not_challenging",
    "unrealistic_pace",
    "focus_limit",
    "missing_deadline",
    "deadline_before_start",
    "statement_date_mismatch",
    "deadline_passed",
    "statement_without_date",
    "activity_undated",
    "activity_overdue",
    "stale_checkin",
    "goal_reads_as_activity",
    "goal_reads_as_behaviour",
    "goal_reads_as_kpi",
    "serves_no_goal",
    "not_observable",
    "behaviour_without_frequency",
    "activity_reads_as_other",
    "behaviour_reads_as_other",
    "kpi_reads_as_other",
    "duplicate_id",
    "unresolved_reference",
    "alignment_cycle",
    "unresolved_body_link",
    "checked_activity_not_done",
    "no_parent",
)

CHANGE_MODULES: tuple[str, ...] = (
    "progress_checked_in",
    "goalpost_moved",
    "ambition_down",
    "acceptance_made_stale",
    "acceptance_recorded",
    "acceptance_by_other",
    "agreement_recorded",
    "agreement_by_other",
    "confidence_changed",
    "manager_changed",
    "setup_changed",
)


def _entry(module: str) -> Entry:
    """The index's entry for a rule module; read from the module itself while the index is stale
    (a new rule before ``tools.rule_index`` is run, which a test catches)."""
    found = INDEX.get(module)
    if found is not None:
        return found
    loaded = importlib.import_module(f"{__name__}.{module}")
    return Entry(module, loaded.CODE, loaded.NAME, loaded.SEVERITY, loaded.OPTIONS)


FILE_RULES: tuple[Entry, ...] = tuple(_entry(module) for module in FILE_MODULES)
CHANGE_RULES: tuple[Entry, ...] = tuple(_entry(module) for module in CHANGE_MODULES)

RULES: tuple[Entry, ...] = (*FILE_RULES, *CHANGE_RULES)  # the catalogue: every rule

FAMILIES: Mapping[str, str] = {
    "F": N_("file and front matter"),
    "V": N_("schema"),
    "S": N_("specific"),
    "M": N_("measurable"),
    "A": N_("accepted"),
    "R": N_("realistic"),
    "T": N_("time-bound"),
    "G": N_("goal, not activity, behaviour or KPI"),
    "L": N_("links and ids"),
    "C": N_("changes between two revisions"),
}

BY_CODE: Mapping[str, Entry] = {rule.CODE: rule for rule in RULES}
BY_NAME: Mapping[str, Entry] = {rule.NAME: rule for rule in RULES}

R = TypeVar("R", bound=Described)


def lookup(code_or_name: str) -> Entry | None:
    """The rule with this code (any case) or name."""
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


class Active(NamedTuple):
    """A rule as configured: selected, with its severity and options."""

    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


class ActiveChange(NamedTuple):
    """A change rule as configured: selected, with its severity and options."""

    rule: ChangeRule
    severity: Severity
    options: Mapping[str, Any]


def _specificity(selector: str, rule: Described) -> int:
    """How closely ``selector`` names ``rule``: 0 not at all, 1 ALL, 2 a prefix, 3 exactly."""
    if selector == "ALL":
        return 1
    if selector.upper() == rule.CODE or selector.lower() == rule.NAME:
        return 3
    if selector[:1].isupper() and rule.CODE.startswith(selector):
        return 2
    return 0


def _check_selector(selector: str, where: str) -> None:
    if selector == "ALL" or lookup(selector) is not None:
        return
    if selector[:1] in FAMILIES and any(rule.CODE.startswith(selector) for rule in RULES):
        return
    if len(selector) == 1 and selector in FAMILIES:
        return  # a family with no rule yet is still a valid family
    close = did_you_mean(selector, [*BY_NAME, *BY_CODE])
    problem = (
        message(N_("unknown rule '{rule}'; did you mean '{close}'?"), rule=selector, close=close[0])
        if close
        else message(N_("unknown rule '{rule}'; see 'goals rules' for the list"), rule=selector)
    )
    raise ConfigError(message(N_("{where}: {problem}"), where=where, problem=problem))


def _best(selectors: Iterable[str], rule: Described) -> int:
    return max((_specificity(selector, rule) for selector in selectors), default=0)


def configure(
    select: Iterable[str] = ("ALL",),
    ignore: Iterable[str] = (),
    severity: Mapping[str, str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Active]:
    """The active file rules for a selection, with severities and validated options."""
    chosen = _choose(FILE_RULES, select, ignore, severity, options)
    return [Active(cast(Rule, rule.load()), level, found) for rule, level, found in chosen]


def configure_changes(
    select: Iterable[str] = ("ALL",),
    ignore: Iterable[str] = (),
    severity: Mapping[str, str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[ActiveChange]:
    """The active change rules for a selection, as :func:`configure` chooses the file rules."""
    chosen = _choose(CHANGE_RULES, select, ignore, severity, options)
    return [
        ActiveChange(cast(ChangeRule, rule.load()), level, found) for rule, level, found in chosen
    ]


def _choose(
    candidates: Iterable[R],
    select: Iterable[str],
    ignore: Iterable[str],
    severity: Mapping[str, str] | None,
    options: Mapping[str, Mapping[str, Any]] | None,
) -> list[tuple[R, Severity, dict[str, Any]]]:
    select, ignore = list(select), list(ignore)
    severity = dict(severity or {})
    options = dict(options or {})
    for selector in [*select, *ignore]:
        _check_selector(selector, "select/ignore")
    for selector in severity:
        _check_selector(selector, "severity")
    for selector in options:
        _check_selector(selector, "rules")
    active: list[tuple[R, Severity, dict[str, Any]]] = []
    for rule in candidates:
        chosen = _best(select, rule)
        if chosen == 0 or _best(ignore, rule) >= chosen:
            continue
        level = _severity_for(rule, severity)
        if level == "off":
            continue
        active.append((rule, level, _options_for(rule, options)))
    return active


def _severity_for(rule: Described, severity: Mapping[str, str]) -> Any:
    ranked = sorted(
        ((_specificity(selector, rule), level) for selector, level in severity.items()),
        reverse=True,
    )
    if ranked and ranked[0][0] > 0:
        level = ranked[0][1]
        if level != "off" and level not in SEVERITIES:
            raise ConfigError(
                message(
                    N_("severity of {code}: '{level}' is not error, warning, info or off"),
                    code=rule.CODE,
                    level=level,
                )
            )
        return level
    return rule.SEVERITY


def _options_for(rule: Described, options: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    merged = dict(rule.OPTIONS)
    for selector, given in options.items():
        if _specificity(selector, rule) < 3:
            continue
        for key, value in given.items():
            if key not in rule.OPTIONS:
                raise ConfigError(
                    message(
                        N_("[rules.{selector}]: {code} ({name}) has no option '{key}'; {known}"),
                        selector=selector,
                        code=rule.CODE,
                        name=rule.NAME,
                        key=key,
                        known=message(N_("its options: {options}"), options=", ".join(rule.OPTIONS))
                        if rule.OPTIONS
                        else message(N_("it has no options")),
                    )
                )
            default = rule.OPTIONS[key]
            if default is not None and not _same_type(value, default):
                raise ConfigError(
                    message(
                        N_(
                            "[rules.{selector}] {key}: expected {kind} like {default!r}, "
                            "got {value!r}"
                        ),
                        selector=selector,
                        key=key,
                        kind=message(_KIND_OF.get(type(default).__name__, N_("text"))),
                        default=default,
                        value=value,
                    )
                )
            merged[key] = value
    return merged


_KIND_OF = {
    "bool": N_("true or false"),
    "int": N_("a number"),
    "float": N_("a number"),
    "str": N_("text"),
    "list": N_("a list"),
    "tuple": N_("a list"),
}


def _same_type(value: object, default: object) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))
