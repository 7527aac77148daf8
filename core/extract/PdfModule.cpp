#include "extract/PdfModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

namespace cw {

namespace {

QMutex g_mutex;
std::shared_ptr<const PdfTextReader> g_reader;
QString g_error;
bool g_tried = false;

QStringList candidates()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("CW_MODULE_DIR");
    if (!env.isEmpty())
        dirs << env;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        dirs << app << app + QStringLiteral("/../lib/clausewatch");
    }
#ifdef CW_BUILD_MODULE_DIR
    dirs << QStringLiteral(CW_BUILD_MODULE_DIR);
#endif
    QStringList files;
    for (const QString &d : dirs)
        files << QDir(d).absoluteFilePath(QStringLiteral("clausewatch_pdf.so"));
    return files;
}

} // namespace

std::shared_ptr<const PdfTextReader> PdfModule::reader()
{
    QMutexLocker lock(&g_mutex);
    if (g_tried)
        return g_reader;
    g_tried = true;
    using Entry = const PdfTextReader *(*)();
    for (const QString &file : candidates()) {
        if (!QFileInfo::exists(file))
            continue;
        auto *lib = new QLibrary(file); // deliberately never unloaded
        if (!lib->load()) {
            g_error = lib->errorString();
            continue;
        }
        auto entry = reinterpret_cast<Entry>(lib->resolve("cw_pdf_text_reader"));
        if (!entry) {
            g_error = QStringLiteral("%1: no cw_pdf_text_reader entry").arg(file);
            continue;
        }
        // The module owns the reader (a static); never delete it.
        g_reader = std::shared_ptr<const PdfTextReader>(entry(), [](const PdfTextReader *) {});
        g_error.clear();
        return g_reader;
    }
    if (g_error.isEmpty())
        g_error = QStringLiteral("clausewatch_pdf.so not found");
    return nullptr;
}

QString PdfModule::loadError()
{
    QMutexLocker lock(&g_mutex);
    return g_error;
}

} // namespace cw
