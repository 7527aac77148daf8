#pragma once

#include "memo/MemoContent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw {

/// A memo's fingerprint: SHA-256 (hex) over a domain tag, the canonical
/// serialisation of its content, and the sorted list of SHA-256 hashes it
/// cites. Printed in the memo's footer and appendix, stored with the memo in
/// the archive, carried in the sealed PDF.
///
/// Stable: the same content gives the same fingerprint on any machine.
/// Sensitive: any change to any field (a quote, a severity, a cited hash, the
/// date) changes it.
class MemoFingerprint
{
public:
    static QString of(const MemoContent &content);
    /// From already serialised canonical bytes and the cited hashes in them.
    static QString of(const QByteArray &canonical, const QStringList &citedHashes);
};

} // namespace cw
