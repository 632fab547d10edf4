package org.itaboard.oit.domain;

import java.util.List;
import java.util.Optional;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    @Query("select c from ChecklistItem c join fetch c.item i where i.fiscalYear = :year")
    List<ChecklistItem> findByYear(FiscalYear year);

    Optional<ChecklistItem> findByItem(Item item);
}
