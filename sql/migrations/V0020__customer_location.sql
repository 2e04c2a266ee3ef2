-- Where a customer really is, when someone entered it from a map's coordinate picker: the
-- dispatch travel estimate and an engineer's route then start from here instead of the city
-- centre. Both or neither; the bounds are China's (a swapped pair or a typo lands outside).
-- Nullable without a default, so adding the columns rewrites nothing on a large book.
ALTER TABLE customers
    ADD COLUMN latitude double precision,
    ADD COLUMN longitude double precision,
    ADD CONSTRAINT customers_location_pair CHECK ((latitude IS NULL) = (longitude IS NULL)),
    ADD CONSTRAINT customers_location_in_china
        CHECK (latitude BETWEEN 3 AND 54 AND longitude BETWEEN 73 AND 136);
