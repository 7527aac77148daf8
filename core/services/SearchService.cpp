#include "services/SearchService.h"

#include <QCoreApplication>

namespace cw {

QString SearchService::plainWordsQuery(const QString &text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << QLatin1Char('"') + word + QLatin1Char('"');
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return words.join(QLatin1Char(' '));
}

Result<SearchOutcome> SearchService::search(const SearchQuery &query) const
{
    SearchRepository repo(m_db);
    SearchOutcome out;
    out.effectiveQuery = query.text.trimmed();
    auto first = repo.searchPage(query);
    if (first) {
        out.hits = std::move(first->hits);
        out.ranked = first->ranked;
        out.capped = first->capped;
        return out;
    }
    // Not understood as FTS5 syntax: try the words alone.
    SearchQuery plain = query;
    plain.text = plainWordsQuery(query.text);
    if (plain.text.isEmpty())
        return makeError(QCoreApplication::translate("cw::Search", "searching for “%1”")
                             .arg(query.text.trimmed()),
                         QCoreApplication::translate("cw::Search",
                                                     "type at least one word to search for"));
    auto second = repo.searchPage(plain);
    if (!second)
        return second.error();
    out.hits = std::move(second->hits);
    out.ranked = second->ranked;
    out.capped = second->capped;
    out.effectiveQuery = plain.text;
    out.notice = QCoreApplication::translate(
                     "cw::Search", "Searched for the words %1 (the search syntax could not be "
                                   "understood as written).")
                     .arg(plain.text);
    return out;
}

} // namespace cw
