"""The API reference page (scripts/build_docs.py) renders offline in a real browser.

The page is built into pytest's tmp dir, then opened in Debian's headless
Chromium, driven by playwright-core (pinned in package.json), with every
request other than file:// aborted and counted: any request the page makes
(script, style, font, image, ...) fails the test. Without Chromium the run
stops before the first test with one line saying how to install it
(tests/conftest.py). Redoc prerenders only the overview into
the HTML, so finding the operations proves its script ran; the checks click
through the sidebar and the code-sample menu like a reader would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import build_docs
import pytest
import yaml

from tests.conftest import chromium, docs_browser_missing

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
SCREENSHOT = ROOT / "reports" / "docs-screenshot.png"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

# Known values from spec/resources/patients/examples/getPatient.seed.yaml, shown on the "Get a patient" page.
EXAMPLE_TEXTS = ["Patientman", "836447129235883061", "Insurance coverage"]

# Runs with cwd=ROOT, so require() finds the project's node_modules.
DRIVER = r"""
const { chromium } = require('playwright-core');
const [browserPath, pageUrl, screenshot, tagsJson, examplesJson] = process.argv.slice(1);
const tags = JSON.parse(tagsJson);
(async () => {
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  const result = { blocked: [], errors: [], operations: [], examples: {}, samples: {}, dateOfBirth: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // No network: only the page itself (file://) may load; every other request is recorded.
    await page.route('**/*', route => {
      const request = route.request();
      if (request.url().startsWith('file:')) return route.continue();
      result.blocked.push({ type: request.resourceType(), url: request.url() });
      return route.abort();
    });
    page.on('pageerror', error => result.errors.push(error.message));
    await page.goto(pageUrl);
    // The search box says "Loading..." until the script has hydrated the page.
    await page.getByText('Search Ctrl+K').waitFor({ timeout: 15000 });

    // Expand each tag in the sidebar (one at a time: it is an accordion) and read its operations.
    for (const tag of tags) {
      await page.getByRole('link', { name: tag, exact: true }).click();
      // Redoc's anchor of a tag: lower case, a space as a hyphen ("Medical alerts": #/medical-alerts/).
      const prefix = '#/' + tag.toLowerCase().replace(/ /g, '-') + '/';
      // Up to 90 s: with 158 operations Redoc renders a tag slowly when both CI workers are busy.
      await page.locator(`a[href^="${prefix}"]`).first().waitFor({ timeout: 90000 });
      result.operations.push(...await page.evaluate(prefix => {
        // Sidebar entries read "Summary\nMETHOD"; other links to operations carry no summary.
        return [...document.querySelectorAll(`a[href^="${prefix}"]`)]
          .map(a => a.innerText.trim().split('\n'))
          .filter(lines => lines.length === 2 && /^[A-Z]+$/.test(lines[1]))
          .map(lines => lines[0]);
      }, prefix));
    }

    // Open "Get a patient" from the sidebar and look at its examples.
    await page.getByRole('link', { name: tags[0], exact: true }).click();
    await page.locator('a[href="#/patients/getpatient"]').first().click();
    // Right-hand panels of GET /patients/{id}: request samples, then the response example.
    const samples = page.locator('.panel-request-samples').filter({ hasText: 'GET/patients/{id}' }).first();
    await samples.waitFor();
    await samples.scrollIntoViewIfNeeded();
    // The example JSON starts folded two levels deep; unfold it as a reader would.
    const example = page.locator('[data-testid="right-panel"]').filter({ hasText: 'Response200' })
      .filter({ hasText: '404' }).first();
    await example.getByRole('button', { name: 'Expand all' }).click();
    for (const text of JSON.parse(examplesJson)) {
      const found = page.getByText(text, { exact: false });
      let visible = false;
      for (const element of await found.all()) visible = visible || await element.isVisible();
      result.examples[text] = visible;
    }
    // How each shown date_of_birth property reads: its row, with the list of its anyOf branches.
    result.dateOfBirth = await page.evaluate(() => [...document.querySelectorAll('span')]
      .filter(e => e.children.length === 0 && e.textContent.trim() === 'date_of_birth' && e.checkVisibility())
      .map(name => {
        let block = name;
        for (let up = 0; up < 5 && block && !/Any of/.test(block.innerText); up++) block = block.parentElement;
        return block && /Any of/.test(block.innerText) && block.innerText.length < 600 ? block.innerText : null;
      })
      .filter(text => text));
    // Every code-sample language is in the panel's menu, and picking it shows its source.
    // Let the smooth scroll settle (the panel stops moving; a long description scrolls far)
    // before the screenshot and the menu, which opens off-screen while the page still moves.
    for (let i = 0, last = null; i < 100; i++) {
      await page.waitForTimeout(100);
      const box = await samples.boundingBox();
      if (last && box && Math.abs(box.y - last.y) < 1) break;
      last = box;
    }
    await samples.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot });
    const menuButton = samples.locator('[data-component-name="Dropdown/Dropdown"]').last().getByRole('button');
    const labels = [];
    const menuItems = page.locator('[role="menuitem"]:visible');
    if (await menuButton.count()) {
      await menuButton.click();
      for (const item of await menuItems.all()) labels.push((await item.innerText()).trim());
    }
    for (const label of labels) {
      if (!await menuItems.count()) await menuButton.click();
      await menuItems.filter({ hasText: label }).first().click();
      result.samples[label] = await samples.innerText();
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
})().catch(error => { console.error(error.stack || String(error)); process.exit(1); });
"""


def spec() -> dict[str, Any]:
    return yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))


def operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in document["paths"].values() for method, op in item.items() if method in HTTP_METHODS]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs") / "index.html"
    proc = subprocess.run(
        ["python", str(ROOT / "scripts" / "build_docs.py"), "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, f"build_docs.py failed:\n{proc.stdout}{proc.stderr}"
    return output


@pytest.fixture(scope="module")
def rendered(page: Path) -> dict[str, Any]:
    problem = docs_browser_missing()  # normally caught before any test ran (conftest.py)
    if problem:
        pytest.fail(problem)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    tags = [tag["name"] for tag in spec()["tags"]]
    proc = subprocess.run(
        [shutil.which("node") or "node", "-e", DRIVER, str(chromium()), page.as_uri(), str(SCREENSHOT),
         json.dumps(tags), json.dumps(EXAMPLE_TEXTS)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
        env=dict(os.environ, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD="1"),
    )
    assert proc.returncode == 0, f"the browser run failed:\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_page_has_no_external_scripts_or_styles(page: Path) -> None:
    assert build_docs.external_assets(page.read_text(encoding="utf-8")) == []


def test_external_asset_scan_catches_cdn_tags() -> None:
    html = '<script src="https://cdn.example/redoc.js"></script><link rel="stylesheet" href="//fonts.example/a.css">'
    assert len(build_docs.external_assets(html)) == 2
    assert build_docs.external_assets('<script>var u = "https://x"</script><a href="https://x">x</a>') == []


def test_missing_bundle_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build_docs.main(["--spec", str(tmp_path / "none.yaml"), "--output", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "none.yaml is missing" in err and "regenerate.py" in err


def test_page_renders_without_errors_or_any_network_request(rendered: dict[str, Any]) -> None:
    assert rendered["errors"] == []
    # Offline means offline: not even an image (Redoc's footer logo is inlined by build_docs.py).
    assert rendered["blocked"] == []
    assert SCREENSHOT.stat().st_size > 10_000, "the screenshot looks empty"


def test_redoc_footer_logo_is_inlined(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "cdn.redoc.ly" not in html
    assert build_docs.INLINE_LOGO in html


def test_no_placeholder_contact_details() -> None:
    contact = spec()["info"].get("contact", {})
    shown = " ".join(str(value) for value in contact.values())
    assert not re.search(r"example\.(?:org|com|net)\b", shown), f"placeholder contact in the reference: {contact}"


def test_every_operation_is_listed(rendered: dict[str, Any]) -> None:
    expected = sorted(op["summary"] for op in operations(spec()))
    assert sorted(rendered["operations"]) == expected


def test_known_examples_are_visible(rendered: dict[str, Any]) -> None:
    assert rendered["examples"] == {text: True for text in EXAMPLE_TEXTS}


def test_date_of_birth_reads_as_date_or_blank_string_or_null(rendered: dict[str, Any]) -> None:
    shown = rendered["dateOfBirth"]
    assert shown, "no date_of_birth property with its anyOf branches on the page"
    for text in shown:
        assert "string or null" in text and "string (date)" in text, text
        # A branch without a `type` reads "any" ("string or any or null").
        assert "any" not in text.lower().replace("any of", ""), f"date_of_birth shows a type 'any': {text!r}"


def test_every_code_sample_is_shown(rendered: dict[str, Any]) -> None:
    get_patient = next(op for op in operations(spec()) if op["operationId"] == "getPatient")
    samples = get_patient["x-codeSamples"]
    assert sorted(rendered["samples"]) == sorted(sample["label"] for sample in samples)
    for sample in samples:
        first_line = sample["source"].strip().splitlines()[0]
        assert first_line in rendered["samples"][sample["label"]], f"{sample['label']} sample not shown"
