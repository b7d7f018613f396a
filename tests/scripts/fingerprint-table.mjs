// Builds the release-fingerprint table from the cache that fingerprint-releases.sh fills.
// Usage: node fingerprint-table.mjs CACHE_DIR DATE PACKAGE... > table.json
// The signals are what a remote observer can read from the served Control UI page and that the release
// fixes at build time: the content-hashed asset names it references (assets/<name>-<hash>.js|css) and,
// from 2026.9.x, the build id attribute. bulwark's ControlUiPage reads the same two signals with the
// same rules (keep them in step).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const ASSET = /(?:src|href)\s*=\s*["']([^"'?#]*?\/)?assets\/([^"'?#\/]+\.(?:js|css))(?:[?#][^"']*)?["']/gi;
const BUILD_ID = /data-openclaw-control-ui-build-id\s*=\s*["']([^"']+)["']/i;

export function signals(html) {
  const assets = new Set();
  for (const m of html.matchAll(ASSET)) assets.add(m[2]);
  const build = html.match(BUILD_ID);
  return { assets: [...assets].sort(), buildId: build ? build[1] : null };
}

function main([cache, date, ...packages]) {
  const releases = [];
  for (const pkg of packages) {
    const listed = join(cache, pkg, "versions.json");
    if (!existsSync(listed)) continue;
    for (const version of [].concat(JSON.parse(readFileSync(listed, "utf8")))) {
      const base = join(cache, pkg, version);
      if (existsSync(base + ".html")) {
        const s = signals(readFileSync(base + ".html", "utf8"));
        const row = { package: pkg, version, assets: s.assets };
        if (s.buildId) row.buildId = s.buildId;
        releases.push(row);
      } else if (existsSync(base + ".none")) {
        releases.push({ package: pkg, version, noControlUi: readFileSync(base + ".none", "utf8").trim() });
      } else if (existsSync(base + ".failed")) {
        releases.push({ package: pkg, version, unfetchable: readFileSync(base + ".failed", "utf8").trim() });
      } else {
        releases.push({ package: pkg, version, unfetchable: "not fetched yet (run fingerprint-releases.sh again)" });
      }
    }
  }
  const table = {
    generated: date,
    source: "npm registry: npm pack <package>@<version>, file package/dist/control-ui/index.html",
    packages,
    releases,
  };
  process.stdout.write(JSON.stringify(table, null, 1) + "\n");
}

main(process.argv.slice(2));
