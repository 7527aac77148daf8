#pragma once

#include "archive/SearchRepository.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace cw {

class Database;

struct SearchOutcome
{
    QList<SearchHit> hits;
    /// The FTS5 query that ran (the user's, or the plain-words fallback).
    QString effectiveQuery;
    /// Set when the query was not understood as written and was run as plain
    /// words instead: a gentle, one-line explanation for people.
    QString notice;
    int ranked = 0;      ///< matches ranked (see SearchQuery::candidateCap)
    bool capped = false; ///< more clauses matched than were ranked
};

/// Search as people type it: FTS5 syntax when it parses ("class action",
/// arbitr*, jury AND waiver), otherwise the same words as plain words, with a
/// notice instead of an error. Only an empty search (no words at all) fails.
class SearchService
{
public:
    explicit SearchService(const Database &db) : m_db(db) {}

    Result<SearchOutcome> search(const SearchQuery &query) const;

    /// The words of `text` as an FTS5 query that always parses: each word
    /// quoted, all required ("liab" "cap" → both words). Empty when no words.
    static QString plainWordsQuery(const QString &text);

private:
    const Database &m_db;
};

} // namespace cw
