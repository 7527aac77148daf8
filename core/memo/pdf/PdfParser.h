#pragma once

#include "memo/pdf/PdfValue.h"
#include "util/Result.h"

#include <QByteArray>

namespace cw::pdf {

/// An indirect object as found in a file: `num gen obj <value> [stream…] endobj`.
struct PdfIndirectObject
{
    int num = 0;
    int gen = 0;
    PdfValue value;
    /// For a stream: the offset of its first data byte; -1 otherwise. The data
    /// length comes from the dictionary's /Length, which may be indirect, so
    /// the caller (PdfFile) reads the bytes.
    qsizetype streamStart = -1;
};

/// A recursive-descent reader of PDF object syntax over bytes held in memory.
/// It reads outside input (verify-memo gets any file), so every read is
/// bounds-checked and nesting is limited; malformed input yields an Error.
class PdfParser
{
public:
    explicit PdfParser(const QByteArray &data, qsizetype pos = 0) : m_data(data), m_pos(pos) {}

    qsizetype position() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    void skipWhitespaceAndComments();
    /// Reads the next bare keyword or number token without interpreting it.
    QByteArray nextToken();
    /// True (and consumes it) when the next token is exactly `keyword`.
    bool acceptKeyword(const char *keyword);

    Result<PdfValue> parseValue();
    /// `num gen obj … endobj` at the current position.
    Result<PdfIndirectObject> parseIndirectObject();

private:
    Result<PdfValue> parseValue(int depth);
    Result<PdfValue> parseLiteralString();
    Result<PdfValue> parseHexString();
    Result<PdfValue> parseName();
    Error error(const QString &what) const;

    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

bool isPdfWhitespace(char c);
bool isPdfDelimiter(char c);

} // namespace cw::pdf
