// ReorderQueue with real threads: workers finishing out of order, the
// consumer getting every item once and strictly in order, the bound holding
// finished items back, and close() never handing an item out past a gap.

#include "util/ReorderQueue.h"

#include <QObject>
#include <QTest>
#include <atomic>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

using namespace cw;

class TestReorderQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workersOutOfOrderConsumerInOrder()
    {
        constexpr int kItems = 2000;
        constexpr int kWorkers = 3;
        ReorderQueue<int> queue(4);
        std::atomic<int> handedOut{0};
        std::atomic<int> running{kWorkers};
        std::vector<std::thread> workers;
        for (int w = 0; w < kWorkers; ++w) {
            workers.emplace_back([&, w] {
                std::mt19937 random(unsigned(w + 1));
                for (int n = handedOut++; n < kItems; n = handedOut++) {
                    // Uneven work, so that items finish out of order.
                    if (random() % 8 == 0)
                        std::this_thread::sleep_for(std::chrono::microseconds(random() % 300));
                    QVERIFY(queue.push(std::uint64_t(n), n * 10));
                }
                if (--running == 0)
                    queue.close();
            });
        }
        int expected = 0;
        while (auto item = queue.pop()) {
            QCOMPARE(*item, expected * 10);
            ++expected;
        }
        for (std::thread &t : workers)
            t.join();
        QCOMPARE(expected, kItems);
    }

    void boundHoldsFinishedItemsBack()
    {
        ReorderQueue<int> queue(2);
        QVERIFY(queue.push(1, 1)); // within 2 of item 0
        std::atomic_bool pushed{false};
        std::thread late([&] {
            QVERIFY(queue.push(2, 2)); // waits: item 0 is still due
            pushed = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QVERIFY(!pushed);
        QVERIFY(!queue.tryPop()); // item 0 has not arrived
        QVERIFY(queue.push(0, 0));
        QCOMPARE(*queue.pop(), 0);
        late.join();
        QVERIFY(pushed);
        QCOMPARE(*queue.tryPop(), 1);
        QCOMPARE(*queue.pop(), 2);
    }

    void closeStopsAtAGap()
    {
        ReorderQueue<int> queue(8);
        QVERIFY(queue.push(0, 0));
        QVERIFY(queue.push(2, 2));
        queue.close();
        QCOMPARE(*queue.pop(), 0);
        QVERIFY(!queue.pop()); // 1 never came: 2 is not handed out of order
        QVERIFY(!queue.push(1, 1));
    }

    void closeWakesAWaitingWorker()
    {
        ReorderQueue<int> queue(1);
        std::atomic_bool refused{false};
        std::thread worker([&] { refused = !queue.push(5, 5); });
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        queue.close();
        worker.join();
        QVERIFY(refused);
    }
};

QTEST_APPLESS_MAIN(TestReorderQueue)
#include "tst_reorderqueue.moc"
