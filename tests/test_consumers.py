"""The spec as a product for other tooling: stock generators must produce code that imports or
type-checks. Each runs as a user would run it, on spec/x-chat-openapi.json, with none of our
templates or config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "x-chat-openapi.json"
BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "node_modules" / ".bin"
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}

IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_stock_openapi_python_client_writes_a_package_that_imports(tmp_path: Path) -> None:
    """openapi-python-client without our templates: every module imports (its issue #1451, a
    `NameError: Unset` in the media-append module, is what spec fix #2 avoids)."""
    subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(SPEC), "--meta", "none",
         "--output-path", str(tmp_path / "stock_client")],
        cwd=tmp_path, env=ENV, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODULE, "stock_client"], cwd=tmp_path, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout) > 150  # every api/ and models/ module was imported
    assert (tmp_path / "stock_client" / "api" / "chats" / "chat_media_upload_append.py").exists()


def test_datamodel_code_generator_writes_pydantic_models_that_import(tmp_path: Path) -> None:
    out = tmp_path / "x_chat_models.py"
    subprocess.run(
        [str(BIN / "datamodel-codegen"), "--input", str(SPEC), "--input-file-type", "openapi", "--output", str(out),
         "--output-model-type", "pydantic_v2.BaseModel", "--formatters", "ruff-format"],
        env=ENV, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    code = "import x_chat_models as m; print(m.ChatMessageEvent.model_validate({'created_at': '2025-01-01T00:00:00Z'}).created_at.year)"
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "2025"


def test_openapi_typescript_types_type_check_under_strict_tsc(tmp_path: Path) -> None:
    types = tmp_path / "x-chat.d.ts"
    subprocess.run([str(NODE_BIN / "openapi-typescript"), str(SPEC), "-o", str(types)], check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    usage = tmp_path / "usage.ts"
    usage.write_text(
        'import type { components, paths } from "./x-chat";\n'
        'type Event = components["schemas"]["ChatMessageEvent"];\n'
        'type Page = paths["/2/chat/conversations/{id}/events"]["get"]["responses"][200]["content"]["application/json"];\n'
        'const event: Event = { id: "1", created_at: "2025-01-01T00:00:00Z" };\n'
        'const page: Page = { data: [event], meta: { next_token: "t" } };\n'
        "export { page };\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [str(NODE_BIN / "tsc"), "--noEmit", "--strict", "--skipLibCheck", "false", str(types), str(usage)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


TS_FETCH_USAGE = """
import { ChatsApi, BroadcastsApi, Configuration, ProblemFromJSON } from "./index";
const generic = ProblemFromJSON({ type: "about:blank", title: "Too Many Requests", status: 429 });
const typed = ProblemFromJSON({
  type: "https://api.x.com/2/problems/resource-not-found", title: "Not Found", detail: "no user", resource_type: "user",
});
const config = new Configuration({ basePath: "http://127.0.0.1:1", accessToken: "t" });
const apis = [new ChatsApi(config).deleteChatMessages, new BroadcastsApi(config).muteBroadcastChatUser];
console.log(JSON.stringify([generic.type, generic.title, typed.type, "resourceType" in typed ? typed.resourceType : null,
  apis.every((api) => typeof api === "function")]));
"""


def test_openapi_generator_typescript_fetch_client_type_checks_and_parses_problems(tmp_path: Path) -> None:
    """openapi-generator's typescript-fetch (the PyPI package ships its jar; it needs Java): the whole
    client compiles under strict tsc, and a generic (about:blank) problem and a typed one both parse.
    With fix #8 as an `anyOf`, `models/Problem.ts` did not type-check."""
    out = tmp_path / "ts-fetch"
    generated = subprocess.run(
        [str(BIN / "openapi-generator-cli"), "generate", "-g", "typescript-fetch", "-i", str(SPEC), "-o", str(out)],
        env=ENV, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert generated.returncode == 0, (
        "needs a Java runtime (java on PATH)\n" + generated.stdout[-2000:] + generated.stderr[-2000:]
    )
    (out / "usage.ts").write_text(TS_FETCH_USAGE, encoding="utf-8")
    compiled = subprocess.run(
        [str(NODE_BIN / "tsc"), "--strict", "--target", "es2019", "--lib", "es2019,dom", "--module", "commonjs",
         "--moduleResolution", "node", "--outDir", str(out / "js"), str(out / "index.ts"), str(out / "usage.ts")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout[-3000:] + compiled.stderr[-2000:]
    run = subprocess.run(["node", str(out / "js" / "usage.js")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout) == [
        "about:blank",
        "Too Many Requests",
        "https://api.x.com/2/problems/resource-not-found",
        "user",
        True,
    ]
