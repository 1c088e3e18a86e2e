package cn.juece.catalogue;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual catalogues as everyone reads them, and the rule that a decision starts only from
 * an item in force (目录化管理). Changes go through {@link CatalogueDrafting} and
 * {@link CatalogueAdjustments}.
 */
@Component
public class Catalogue {

    private final CatalogueRecords records;

    Catalogue(CatalogueRecords records) {
        this.records = records;
    }

    public Optional<CatalogueItem> item(long id) {
        return records.item(id);
    }

    public Optional<AnnualCatalogue> catalogue(long id) {
        return records.catalogue(id);
    }

    public List<AnnualCatalogue> catalogues() {
        return records.catalogues(null);
    }

    public List<AnnualCatalogue> publishedCatalogues() {
        return records.catalogues(AnnualCatalogue.PUBLISHED);
    }

    /** Every item of a catalogue, removed ones included (they keep their decisions). */
    public List<CatalogueItem> items(long catalogueId) {
        return records.items(catalogueId);
    }

    /** Items a decision may start from: in a published catalogue and not removed. */
    public List<CatalogueItem> startableItems() {
        return records.startableItems();
    }

    /** @deprecated the name of before catalogues had a life cycle; the same as {@link #startableItems()}. */
    @Deprecated
    public List<CatalogueItem> publishedItems() {
        return startableItems();
    }

    /** Why no decision may start from this item, or empty when one may. */
    public Optional<String> whyNotStartable(long itemId) {
        Optional<CatalogueItem> found = records.item(itemId);
        if (found.isEmpty()) {
            return Optional.of("只能就已公布的年度决策事项目录中的事项提出决策建议：所选事项不存在");
        }
        CatalogueItem item = found.get();
        AnnualCatalogue catalogue = records.catalogue(item.catalogueId()).orElseThrow();
        if (!catalogue.isPublished()) {
            return Optional.of("只能就已公布的年度决策事项目录中的事项提出决策建议：「" + item.matter() + "」所在的"
                    + catalogue.year() + " 年度目录尚未公布");
        }
        if (item.isRemoved()) {
            return Optional.of("只能就已公布的年度决策事项目录中的事项提出决策建议：「" + item.matter()
                    + "」已经目录调整移出目录");
        }
        if (!item.isPublished()) {
            return Optional.of("只能就已公布的年度决策事项目录中的事项提出决策建议：「" + item.matter() + "」尚未公布");
        }
        return Optional.empty();
    }

    /**
     * Puts an item straight into its organ's catalogue of that year, creating that catalogue as
     * published if there is none, so the outcome never depends on which caller came first; the
     * item keeps the status it is given. For seeding and tests only: it bypasses the consent,
     * publication and adjustment rules that the pages go through.
     */
    @Transactional
    public long add(CatalogueItem item) {
        AnnualCatalogue catalogue = records.catalogue(item.organ(), item.year()).orElseGet(() -> {
            long id = records.insertCatalogue(item.organ(), item.region(), item.year(), AnnualCatalogue.PUBLISHED,
                    "system", ClockUtil.getCurrentTime().toInstant());
            return records.catalogue(id).orElseThrow();
        });
        return records.insertItem(catalogue, item.fields(), item.status());
    }
}
