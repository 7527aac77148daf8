#pragma once

#include <QByteArray>

namespace cw::test {

/// A page whose terms exist only after its script runs (300 ms after load);
/// without scripts it is the usual "enable JavaScript" shell. Our own text.
inline const QByteArray kScriptedTermsPage =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Zappo Terms</title></head><body>"
    "<noscript>You need to enable JavaScript to run this app.</noscript><div id=\"root\"></div>"
    "<script>\n"
    "const sections = [\n"
    "  ['1. Acceptance', 'By creating a Zappo account you agree to these terms.'],\n"
    "  ['2. Changes', 'We may change these terms at any time at our sole discretion.'],\n"
    "  ['3. Disputes', 'Any dispute will be resolved by binding individual arbitration, and "
    "you waive any right to take part in a class action.'],\n"
    "  ['4. Contact', 'Write to legal@zappo.example with any question about these terms.']];\n"
    "let html = '<h1>Zappo Terms of Service</h1>';\n"
    "for (const [h, p] of sections) html += '<h2>' + h + '</h2><p>' + p + '</p>';\n"
    "setTimeout(() => { document.getElementById('root').innerHTML = html; }, 300);\n"
    "</script></body></html>";

} // namespace cw::test
