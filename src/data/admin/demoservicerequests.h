#pragma once

#include "data/common/connectionsettings.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace cs::data {

// The demo's service requests (resources/demo/service-requests.json), one in every status of the
// service flow (WORKFLOW.md 6): each requested by its demo requester through cs.request_service_order,
// then approved (with the quantities procurement approves) or rejected with a reason through
// cs.decide_service_order, then ordered and received through cs.advance_service_order, every step by
// its own demo person on a connection of theirs, as the app's people do it. Nothing is added when the
// database holds a service request already (a second seeding, or requests people made).
class DemoServiceRequests
{
public:
    // `loginAs`: the connection settings of a demo person by user name.
    static bool seed(const std::function<ConnectionSettings(const QString&)>& loginAs, QStringList* log, QString* error);
};

} // namespace cs::data
