"""The composition root of the desktop app: options, QApplication, the unlock gate, the window."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from healer.appinfo import APP_ID, APP_NAME, VAULT_ENV_VAR, VERSION
from healer.resources import app_icon_path, help_text, resource_root
from healer.services.crashreport import redacted_report
from healer.services.hardening import disable_core_dumps
from healer.services.locations import resolve_vault_path, set_application_names

if TYPE_CHECKING:
    import argparse

SMOKE_TEST_MARKER = "smoke-test ok"


class Options(NamedTuple):
    """What the command line asked for; the defaults are a plain launch from the desktop."""

    vault: str | None = None
    smoke_test: bool = False
    check_resources: bool = False


def _parse(argv: Sequence[str]) -> Options:
    if not argv:
        # The desktop's launcher passes nothing: skip argparse, whose help texts go through
        # gettext and locale (~10 ms before the unlock dialog can paint).
        return Options()
    return Options(**vars(option_parser().parse_args(list(argv))))


def option_parser() -> argparse.ArgumentParser:
    """The `healer` command line (built only when there are arguments to read)."""
    import argparse  # noqa: PLC0415 (see _parse)

    parser = argparse.ArgumentParser(
        prog="healer", description="Healer: a private journal for healing anxious attachment."
    )
    parser.add_argument(
        "--vault",
        metavar="PATH",
        help=f"the vault file (default: ${VAULT_ENV_VAR}, else the app-data folder)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the main window on a throwaway vault, render every tab, exit 0",
    )
    parser.add_argument(
        "--check-resources",
        action="store_true",
        help="load the help page and app icon through the resource loader, print where from",
    )
    parser.add_argument("--version", action="version", version=f"healer {VERSION}")
    return parser


def _excepthook(
    kind: type[BaseException], value: BaseException | None, trace: TracebackType | None
) -> None:
    """Report where it failed, never the message (it may quote journal text)."""
    del value
    sys.stderr.write(redacted_report(kind, trace) + "\n")
    sys.stderr.flush()


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """The same redacted report for an error escaping a worker thread."""
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _make_application(language: str | None = None) -> object:
    """The QApplication, named, translated (the stored choice unless `language` is given)."""
    from PySide6.QtGui import QGuiApplication, QIcon  # noqa: PLC0415 (keeps --version instant)
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    set_application_names()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "healer"])
    from healer.ui.language import install_language  # noqa: PLC0415
    from healer.ui.settings import APPEARANCE, LANGUAGE  # noqa: PLC0415

    # Before the first widget: every tr() reads the installed translators, and dates and
    # numbers follow the default locale (English read day first under the C locale).
    install_language(app, LANGUAGE.read() if language is None else language)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    QGuiApplication.setWindowIcon(QIcon(str(app_icon_path())))
    from healer.ui.common.appearance import apply_appearance  # noqa: PLC0415
    from healer.ui.common.contrast import SecondaryTextGuard  # noqa: PLC0415

    assert isinstance(app, QApplication)
    # Before the first window paints (the unlock dialog), so it never flashes other colours.
    apply_appearance(APPEARANCE.read())
    SecondaryTextGuard(app)
    return app


def _smoke_test() -> int:
    import secrets  # noqa: PLC0415 (only the smoke test needs these two)
    import tempfile  # noqa: PLC0415

    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from healer.services.session import Session  # noqa: PLC0415
    from healer.ui.main_window import MainWindow  # noqa: PLC0415

    app = QApplication.instance()
    assert app is not None
    with tempfile.TemporaryDirectory(prefix="healer-smoke-") as folder:
        session = Session.create(Path(folder) / "smoke.vault", secrets.token_urlsafe(24))
        window = MainWindow(session)
        window.resize(1280, 800)
        window.show()
        rendered = 0
        for index in range(window.tab_widget.count()):
            window.tab_widget.setCurrentIndex(index)
            app.processEvents()
            if window.grab().isNull():
                sys.stderr.write(f"smoke-test: tab {index} did not render\n")
                return 1
            rendered += 1
        window.lock()
        window.deleteLater()
        app.processEvents()
    print(f"{SMOKE_TEST_MARKER}: {rendered} tabs rendered", flush=True)
    return 0


def _check_resources() -> int:
    """Load the help page and the SVG icon (via Qt's plugin) and say where they came from."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    help_text("roadmap")
    if QIcon(str(app_icon_path())).pixmap(48, 48).isNull():
        sys.stderr.write("check-resources: the app icon did not render (SVG plugin missing?)\n")
        return 1
    print(f"resources ok: {resource_root()}", flush=True)
    from PySide6.QtCore import QCoreApplication, QLocale  # noqa: PLC0415

    # Which language started, with one of Qt's own words (its standard Cancel button) as proof
    # that qtbase_<lang> was found too.
    qt_context = "QPlatformTheme"  # a variable: Qt's word, not one for Healer's .ts files
    cancel = QCoreApplication.translate(qt_context, "Cancel")
    print(f"language: {QLocale().name()}, Qt's Cancel: {cancel}", flush=True)
    from healer.ui.charts.font_list import font_list_source  # noqa: PLC0415

    print(f"font list: {font_list_source()}", flush=True)
    return 0


def _run(vault_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from healer.ui.controller import AppController  # noqa: PLC0415
    from healer.ui.quit_signals import QuitOnSignals  # noqa: PLC0415
    from healer.ui.single_instance import SingleInstance  # noqa: PLC0415

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Before the lock file and socket exist, so a quit signal at any moment removes them.
    quit_signals = QuitOnSignals()
    instance = SingleInstance(vault_path)
    if not instance.acquire():
        quit_signals.uninstall()
        if instance.ask_running_instance():
            print(
                QCoreApplication.translate(
                    "AppStart",
                    "Healer is already open for this vault; its window was brought forward.",
                )
            )
            return 0
        refusal = QCoreApplication.translate(
            "AppStart",
            "This vault is open in another Healer window that did not answer."
            " Close that window first, then start Healer again.",
        )
        sys.stderr.write(refusal + "\n")
        return 1
    from healer.services.leftovers import clean_leftovers  # noqa: PLC0415

    with contextlib.suppress(OSError):  # what a killed backup or export left half-written
        clean_leftovers(vault_path)
    controller = AppController(vault_path)
    instance.raise_requested.connect(controller.bring_forward)
    controller.quit_requested.connect(app.quit)
    app.setQuitOnLastWindowClosed(True)
    controller.start()
    if os.environ.get("HEALER_BENCH_FIRST_PAINT"):  # the packaged start-up benchmark's hook
        from healer.ui.first_paint_probe import FirstPaintProbe  # noqa: PLC0415

        FirstPaintProbe(app)
    try:
        return app.exec()
    finally:
        quit_signals.uninstall()
        controller.shutdown()
        instance.release()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    options = _parse(sys.argv[1:] if argv is None else argv)
    disable_core_dumps()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _make_application()
    if options.smoke_test:
        return _smoke_test()
    if options.check_resources:
        return _check_resources()
    return _run(resolve_vault_path(options.vault))


if __name__ == "__main__":
    sys.exit(main())
