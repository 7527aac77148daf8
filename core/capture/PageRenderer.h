#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QUrl>

namespace cw {

/// A page as a browser built it: the DOM after its scripts ran, serialised.
struct RenderedPage
{
    QByteArray html; ///< UTF-8 "<!DOCTYPE html>" + document.documentElement.outerHTML
    QUrl finalUrl;   ///< after redirects and script navigations
};

/// Renders JavaScript-built pages for capture (`import URL --render`). The
/// core only knows this interface; the implementation is QtWebEngine in the
/// GUI module, which the command line loads at run time, so the core stays
/// free of QtGui.
///
/// Contract: render() runs on the thread that owns the renderer and returns
/// once the page has loaded and its DOM has stopped changing, or after
/// `timeoutMs` with an Error naming the URL. Every call starts from a fresh,
/// off-the-record state (no cookies or storage carried over).
class PageRenderer
{
public:
    virtual ~PageRenderer() = default;
    virtual Result<RenderedPage> render(const QUrl &url, int timeoutMs) const = 0;
};

} // namespace cw
