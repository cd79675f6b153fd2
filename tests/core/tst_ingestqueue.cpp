// IngestQueue: the staging buffer between the network thread and the ingest worker. Nothing is lost
// when it is full: the producer waits; close() releases a waiting producer.

#include "core/mqtt/ingestqueue.h"
#include "core/fleet/ringbuffer.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace fw;

class TestIngestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takeAllMovesEverything()
    {
        IngestQueue q(10);
        for (int i = 0; i < 5; ++i)
            q.push(RawMessage{QByteArray::number(i), {}, i});
        std::vector<RawMessage> out;
        QCOMPARE(q.takeAll(out), size_t(5));
        QCOMPARE(out[4].topic, QByteArray("4"));
        QCOMPARE(q.takeAll(out), size_t(0));
        QCOMPARE(q.totalPushed(), quint64(5));
    }

    void fullQueueMakesTheProducerWaitAndLosesNothing()
    {
        IngestQueue q(100);
        constexpr int total = 20000;
        std::thread producer([&] {
            for (int i = 0; i < total; ++i)
                q.push(RawMessage{{}, QByteArray::number(i), i});
        });
        std::vector<RawMessage> out;
        std::vector<int> seen;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (int(seen.size()) < total && std::chrono::steady_clock::now() < deadline) {
            q.takeAll(out);
            for (const RawMessage &m : out)
                seen.push_back(m.payload.toInt());
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        producer.join();
        QCOMPARE(int(seen.size()), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(seen[size_t(i)], i);
        QVERIFY(q.timesFull() > 0);
    }

    void closeReleasesAWaitingProducer()
    {
        IngestQueue q(1);
        q.push(RawMessage{});
        std::atomic<bool> returned{false};
        std::thread producer([&] {
            q.push(RawMessage{});
            returned = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QVERIFY(!returned);
        q.close();
        producer.join();
        QVERIFY(returned);
    }

    void ringBufferKeepsOrder()
    {
        RingBuffer<int> ring(3);
        QVERIFY(ring.empty());
        for (int i = 1; i <= 7; ++i)
            ring.push(i);
        QCOMPARE(ring.size(), size_t(3));
        QCOMPARE(ring.toVector(), (std::vector<int>{5, 6, 7}));
        QCOMPARE(ring.at(0), 5);
        QCOMPARE(ring.back(), 7);
    }
};

QTEST_GUILESS_MAIN(TestIngestQueue)
#include "tst_ingestqueue.moc"
