// Packing lists pasted from a spreadsheet: columns by English or Chinese header or by position,
// numbers with group separators, every bad cell named by line and column, all or nothing.
#include "test_support.h"

#include "interchange/packing_list.h"

using namespace pd;

TEST_CASE("a packing list without a header is read by position", "[packing][local]")
{
    auto items
        = parsePackingList(QStringLiteral("Pickup trucks (double cab, 4x4)\t双排座四驱皮卡车\tvehicles\t12\tvehicle\t180,000.00\t25,200\n"
                                          "\n"
                                          "Blankets\t毛毯\tShelter and relief goods\t2,500.5\tpiece\t45\t4000.125\n"),
            QStringLiteral("CNY"));
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    const DeliveryItem &trucks = items->at(0);
    CHECK(trucks.descriptionZh == QStringLiteral("双排座四驱皮卡车"));
    CHECK(trucks.category == ItemCategory::Vehicles);
    CHECK(trucks.quantityMilli == 12000);
    CHECK(trucks.unitValue == Money(18000000, QStringLiteral("CNY")));
    CHECK(trucks.grossWeightGrams == 25200000);
    // 12 x 180,000.00 = 2,160,000.00 CNY.
    CHECK(trucks.value() == Money(216000000, QStringLiteral("CNY")));
    const DeliveryItem &blankets = items->at(1);
    CHECK(blankets.category == ItemCategory::ShelterRelief); // by its English name
    CHECK(blankets.quantityMilli == 2500500);
    CHECK(blankets.grossWeightGrams == 4000125);
    // 2,500.5 x 45.00 = 112,522.50 CNY.
    CHECK(blankets.value() == Money(11252250, QStringLiteral("CNY")));
}

TEST_CASE("a packing list with a Chinese header is read by column name in any order", "[packing][local]")
{
    auto items = parsePackingList(QStringLiteral("数量,单位,品名,类别,毛重（公斤）,单价\n"
                                                 "100,箱,青蒿素类抗疟药,药品,450,\"1,600.00\"\n"),
        QStringLiteral("CNY"));
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->first().descriptionZh == QStringLiteral("青蒿素类抗疟药"));
    CHECK(items->first().descriptionEn.isEmpty());
    CHECK(items->first().category == ItemCategory::Medicine);
    CHECK(items->first().unit == QStringLiteral("箱"));
    CHECK(items->first().quantityMilli == 100000);
    CHECK(items->first().grossWeightGrams == 450000);
    CHECK(items->first().unitValue == Money(160000, QStringLiteral("CNY")));
}

TEST_CASE("every bad cell of a pasted packing list is named, and nothing is returned", "[packing][local]")
{
    auto items = parsePackingList(QStringLiteral("Description\tCategory\tQuantity\tUnit\tUnit value\tGross weight (kg)\n"
                                                 "Rice\tfood\t1000\tbag\t110\t25100\n"
                                                 "Tents\ttents\t0\t\t-5\theavy\n"),
        QStringLiteral("USD"));
    REQUIRE_FALSE(items.ok());
    CHECK(items.error().kind == Error::Kind::Validation);
    QStringList fields;
    for (const FieldError &e : items.error().fields)
        fields << e.field;
    CHECK(fields
        == QStringList{QStringLiteral("line 3, category"), QStringLiteral("line 3, quantity"), QStringLiteral("line 3, unit"),
            QStringLiteral("line 3, unit_value"), QStringLiteral("line 3, gross_weight")});
    CHECK_FALSE(parsePackingList(QStringLiteral("\n\n"), QStringLiteral("CNY")).ok());
}

TEST_CASE("a packing list copied out reads back the same", "[packing][local]")
{
    DeliveryItem masks;
    masks.descriptionEn = QStringLiteral("Surgical masks (box of 50)");
    masks.descriptionZh = QStringLiteral("医用外科口罩（50只/盒）");
    masks.category = ItemCategory::MedicalSupplies;
    masks.quantityMilli = 20000000;
    masks.unit = QStringLiteral("box");
    masks.unitValue = Money(2800, QStringLiteral("CNY"));
    masks.grossWeightGrams = 8000000;
    for (Language language : {Language::English, Language::Chinese}) {
        auto back = parsePackingList(packingListText({masks}, language), QStringLiteral("CNY"));
        REQUIRE(back.ok());
        REQUIRE(back->size() == 1);
        CHECK(back->first() == masks);
    }
}
