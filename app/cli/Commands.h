#pragma once

namespace cw::cli {

struct CliContext;

// One function per command; each parses its own options from ctx.args.
int runClassify(CliContext &ctx);
int runAlerts(CliContext &ctx);
int runCheck(CliContext &ctx);
int runCompare(CliContext &ctx);
int runDemo(CliContext &ctx);
int runEval(CliContext &ctx);
int runDiff(CliContext &ctx);
int runImport(CliContext &ctx);
int runImportOta(CliContext &ctx);
int runList(CliContext &ctx);
int runSearch(CliContext &ctx);
int runVerify(CliContext &ctx);
int runMemo(CliContext &ctx);
int runVerifyMemo(CliContext &ctx);
int runTypes(CliContext &ctx);
int runWatch(CliContext &ctx);

} // namespace cw::cli
