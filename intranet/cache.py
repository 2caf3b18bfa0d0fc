"""Django's Redis cache backend, reusing one Redis client per connection pool.

Django's client builds a new ``redis.Redis`` for every cache call. Building one sets up the
response callbacks of every Redis command (about 170 dictionary entries), which costs more than
the GET itself; the sessions are read from Redis on every request. ``redis.Redis`` is
thread-safe and its connections come from the shared pool either way, so one per pool is enough.
"""

from django.core.cache.backends import redis


class ReusedClientRedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
