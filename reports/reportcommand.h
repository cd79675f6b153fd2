#pragma once
// `fleetwatch report`: the plant manager's report from the command line, without a screen (for a
// scheduled job), the whole command:
//
//   fleetwatch report --db FILE --from DATE --to DATE [--format csv|pdf] --out PATH
//                     [--shifts HH:MM,HH:MM,...] [--trend day|week] [--lang de|zh_CN|en]
//
// --lang (default: the system's language) gives the messages and the PDF in that language; the CSV
// stays ISO. The arguments are parsed by core (core/reports/reportcli.h, which documents them), the report is
// loaded by loadReport (core/reports/reportloader.h: the period is checked there, the store must
// exist), then written as CSV (core/reports/reportcsv.h) or as a PDF (reportpdfwriter.h), to a file
// atomically or to standard output (--out -). It needs QtGui only: no Widgets, Charts or Multimedia.
// Messages go to standard error, one translated sentence each prefixed "fleetwatch report: ";
// the exit code is a ReportExitCode (core/reports/reportcli.h).

#include <QStringList>
#include <QTextStream>

namespace fw {

// The command as main() runs it, before any application object exists: argv[1] is "report". Sets up
// logging (warnings, to standard error), installs the language (core/common/uilanguage.h), then runs
// under a QCoreApplication for CSV, or a
// QGuiApplication for the PDF (on the offscreen platform when there is no display).
int runReportCommand(int argc, char **argv);

// The command under the application object that exists already. `args` are the arguments after the
// program name (a leading "report" is skipped). The PDF needs a QGuiApplication: under a
// QCoreApplication --format pdf answers ReportFormatUnavailable. --out - writes the CSV's text to
// `out`, and the PDF's bytes to out's device (a stream without one: ReportWriteError).
int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fw
