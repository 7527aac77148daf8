#pragma once

#include <QString>

namespace cw {

struct Platform
{
    qint64 id = 0;
    QString name;
    QString category;
    QString website;
    QString createdAt;
};

} // namespace cw
