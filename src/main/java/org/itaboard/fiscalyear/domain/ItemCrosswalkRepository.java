package org.itaboard.fiscalyear.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Crosswalk entries come with both items and their years, so they read outside a transaction too. */
public interface ItemCrosswalkRepository extends JpaRepository<ItemCrosswalk, Long> {

    /** Every entry of the offices, oldest first, in one query. */
    @Query("""
            select c from ItemCrosswalk c join fetch c.from f join fetch f.fiscalYear fy
              join fetch c.to t join fetch t.fiscalYear
            where fy.office in :offices order by c.id""")
    List<ItemCrosswalk> findByOfficeIn(Collection<Office> offices);

    @Query("""
            select c from ItemCrosswalk c join fetch c.from f join fetch f.fiscalYear
              join fetch c.to t join fetch t.fiscalYear
            where c.id = :id""")
    Optional<ItemCrosswalk> findWithItems(Long id);

    boolean existsByFromAndTo(Item from, Item to);
}
