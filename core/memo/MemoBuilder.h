#pragma once

#include "memo/MemoContent.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace cw {

/// What the HTML needs besides the content: facts about the memo itself.
struct MemoBuildInfo
{
    QString fingerprint; ///< MemoFingerprint::of(content)
    QString signerKeyId; ///< empty when the memo is not signed
    QString language = QStringLiteral("en");
};

/// MemoContent → one self-contained HTML document (styles inline, no scripts,
/// no external resources, a Content-Security-Policy that forbids loading
/// anything), from the template and stylesheet at :/memo/. Pure: no archive,
/// no WebEngine. Every piece of archive text is HTML-escaped.
///
/// Sections, in order: header (to/from/date/subject), contents (long memos),
/// 1 executive summary with the overall risk, 2 scope, 3 findings table,
/// 4 findings in detail, 5 changes since the last review, 6 cross-platform
/// benchmark, 7 recommendations, 8 method and limitations, appendix A
/// evidence (captures, citations, the memo's fingerprint). Options in the
/// spec leave sections out; a section without data says so.
///
/// Contents entries link to "#toc-…" anchors: the PDF seal prints their page
/// numbers (MemoPageStamps::contentsPrefix).
class MemoBuilder
{
public:
    static Result<QString> build(const MemoContent &content, const MemoBuildInfo &info);

    /// The numbered section headings the memo will carry, in order.
    static QStringList sectionHeadings(const MemoContent &content);
    /// Whether the memo is long enough to open with a contents list.
    static bool wantsContents(const MemoContent &content);
};

} // namespace cw
