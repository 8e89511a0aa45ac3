"""What a trainee sees of JupyterLab's own interface (menus, toolbar, status bar) must be Dutch.

Shared by the browser tests of the trainees' JupyterLab and of JupyterLite.
"""

from __future__ import annotations

import re

# Words of JupyterLab's English interface that a Dutch label does not contain as a word.
ENGLISH = re.compile(r"\b(Show|Save|Open|Close|Log Out|Shut Down|Insert|Copy|Cut|Paste|Run|Restart|Activate|"
                     r"Increase|Decrease|Clear|About|Settings|Licenses|Appearance|Workspaces|Match|"
                     r"Wrap|Render|Ln|Col|Click|More|this|cell|below|and)\b")
# JupyterLab draws the toolbar's overflow button with its untranslated default translator.
UNTRANSLATABLE = {"More commands"}


def english_left(page) -> list[str]:
    """Every English label in the menus (each opened in turn), the notebook's toolbar and the status bar.

    The Help menu's "... Reference" links are left out: the kernel names them itself (its help links)."""
    shown = []
    for menu in sorted({label.strip() for label in page.locator(".lm-MenuBar-itemLabel").all_inner_texts()}):
        page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
        shown += page.locator(".lm-Menu-itemLabel").all_inner_texts()
        page.keyboard.press("Escape")
    toolbar = page.locator(".jp-NotebookPanel-toolbar [title]").element_handles()
    shown += [button.get_attribute("title") for button in toolbar]
    shown += page.locator("#jp-main-statusbar").inner_text().splitlines()
    return sorted({label for label in shown if label and ENGLISH.search(label) and label not in UNTRANSLATABLE})
