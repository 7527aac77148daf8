#pragma once

namespace cw::cli {

struct CliContext;

// One function per command; each parses its own options from ctx.args.
int runAlerts(CliContext &ctx);
int runCheck(CliContext &ctx);
int runCompare(CliContext &ctx);
int runDemo(CliContext &ctx);
int runImport(CliContext &ctx);
int runImportOta(CliContext &ctx);
int runList(CliContext &ctx);
int runVerify(CliContext &ctx);
int runWatch(CliContext &ctx);

} // namespace cw::cli
