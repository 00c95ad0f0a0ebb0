// Transactions still running long after every timeout should have stopped them (the supervisor's check).
// A runaway expression (reduce() over a huge range) never reaches a point where Neo4j can stop it.
SHOW TRANSACTIONS YIELD transactionId, elapsedTime, currentQuery
WHERE elapsedTime.milliseconds > $olderThanMs
RETURN transactionId, elapsedTime.milliseconds AS ms, left(currentQuery, 200) AS query
