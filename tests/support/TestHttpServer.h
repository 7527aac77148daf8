#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

namespace cw::test {

/// One canned answer of the test server.
struct HttpRoute
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. Location
    int delayMs = 0;                                  ///< wait before answering
};

/// A real HTTP/1.1 server on 127.0.0.1 (a free port), answering from a route
/// table. It runs on its own thread so that a test may block (QProcess, a
/// synchronous fetch) while it serves. Connections are closed after each answer.
class TestHttpServer : public QObject
{
public:
    TestHttpServer()
    {
        m_thread.start();
        m_server.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_server,
            [this] {
                m_server.listen(QHostAddress::LocalHost, 0);
                QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                                 [this] { acceptAll(); });
            },
            Qt::BlockingQueuedConnection);
    }

    ~TestHttpServer() override
    {
        QMetaObject::invokeMethod(&m_server, [this] { m_server.close(); },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void route(const QByteArray &path, HttpRoute r)
    {
        QMutexLocker lock(&m_mutex);
        m_routes.insert(path, std::move(r));
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    int hits(const QByteArray &path) const
    {
        QMutexLocker lock(&m_mutex);
        return m_hits.value(path);
    }

private:
    void acceptAll()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                buffer->append(s->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> first = buffer->left(buffer->indexOf("\r\n")).split(' ');
                const QByteArray path = first.size() > 1 ? first.at(1) : QByteArray("/");
                answer(s, path);
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *s, const QByteArray &path)
    {
        HttpRoute r;
        {
            QMutexLocker lock(&m_mutex);
            m_hits[path] += 1;
            auto it = m_routes.find(path);
            if (it == m_routes.end())
                r = HttpRoute{404, "text/html", "<html><body><h1>Not Found</h1></body></html>", {}, 0};
            else
                r = *it;
        }
        auto send = [s, r] {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
            head += "Content-Type: " + r.contentType + "\r\n";
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
            for (const auto &[k, v] : r.headers)
                head += k + ": " + v + "\r\n";
            head += "Connection: close\r\n\r\n";
            s->write(head);
            s->write(r.body);
            s->disconnectFromHost();
        };
        if (r.delayMs > 0)
            QTimer::singleShot(r.delayMs, s, send);
        else
            send();
    }

    QThread m_thread;
    QTcpServer m_server;
    mutable QMutex m_mutex;
    QHash<QByteArray, HttpRoute> m_routes;
    QHash<QByteArray, int> m_hits;
};

} // namespace cw::test
