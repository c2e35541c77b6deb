"""Date shapes found on releases the rules were not written on (issue #8): a law named by its
year, Indian fiscal years, a year-less month placed by its sentence's tense, a span of months."""

from __future__ import annotations

from datetime import date

from pressflow_enrich.dates.mentions import find_dates


def values(text: str, anchor: date, lang: str = "en") -> set[str]:
    return {m.value for m in find_dates(text, lang, anchor)}


def test_a_law_named_by_its_year_is_not_a_date() -> None:
    text = "Filed under the Securities Exchange Act of 1934 and the Companies Act of 2006 in 2019."
    assert values(text, date(2024, 5, 2)) == {"2019"}
    # the impact of a year is still the year
    assert values("We measured the impact of 2023 on margins.", date(2024, 5, 2)) == {"2023"}
    # a law numbered within its year ("Act 89 of 2013")
    assert values("Paid for under Act 89 of 2013 and Law No. 12 of 2020 since 2021.", date(2024, 5, 2)) == {
        "2021"
    }


def test_a_phone_numbers_digits_and_a_founding_year_before_1900() -> None:
    assert values("Call +44 (0)1924 555 210 or +44 (0)20 7946 0712.", date(2024, 5, 2)) == set()
    assert values("Founded in 1868, the college moved in 1921.", date(2024, 5, 2)) == {"1868", "1921"}
    assert values("Fondée en 1872, la maison a 1850 salariés.", date(2024, 5, 2), "fr") == {"1872"}


def test_a_span_of_fiscal_years_runs_from_the_first_to_the_end_of_the_last() -> None:
    text = "The mission runs for four years from 2026-27 to 2029-30, after a pilot in 2025."
    assert values(text, date(2025, 3, 1)) == {"2026/2030", "2025"}
    french = "Les crédits couvrent la période de 2024-25 à 2027."
    assert values(french, date(2024, 1, 5), "fr") == {"2024/2027"}
    # a span across a century's turn, and a plain span of years, as before
    assert values("Exports grew from 1998-99 to 2003-04.", date(2010, 1, 1)) == {"1998/2004"}
    assert values("Exports grew from 2019 to 2023.", date(2024, 1, 1)) == {"2019/2023"}


def test_a_year_less_month_takes_the_tense_of_its_own_verb() -> None:
    march = date(2023, 3, 14)
    assert values("The second kiln was installed in July, ahead of plan.", march) == {"2022-07"}
    assert values("Les travaux ont commencé en juin.", march, "fr") == {"2022-06"}
    assert values("The new store will open in January.", march) == {"2024-01"}
    # a passive to come, a verb that says nothing of time, and a month this side of the anchor
    assert values("The hall is to be completed in June.", march) == {"2023-06"}
    assert values("The fund closes in June.", march) == {"2023-06"}
    assert values("Sales rose in February.", march) == {"2023-02"}


def test_a_past_reporting_verb_does_not_move_the_month_it_reports() -> None:
    # the verb of the sentence is the report's; the month belongs to the landing, still to come
    text = "Ont été aussi évoqués l'atterrissage en octobre du robot et la mission."
    assert values(text, date(2018, 3, 5), "fr") == {"2018-10"}


def test_a_past_action_of_the_sentence_moves_its_month_back_and_a_plan_ahead() -> None:
    march = date(2026, 3, 12)
    assert values("Elle a signé le contrat avec la ville en septembre.", march, "fr") == {"2025-09"}
    text = "Les équipes ont clôturé 92 % des dossiers avant la fin du mois de septembre."
    assert values(text, march, "fr") == {"2025-09"}  # September's end, not this month's
    july = date(2026, 7, 2)
    text = "The ministry expects to advertise the tenders in May, once the design is approved."
    assert values(text, july) == {"2027-05"}
    text = "The mayor has asked that the road stay open for the fair in October, which was moved."
    assert values(text, july) == {"2026-10"}  # reported: the fair is still to come


def test_this_month_name_stays_in_the_anchor_year() -> None:
    assert values("The line was upgraded this June.", date(2023, 3, 14)) == {"2023-06"}


def test_a_span_of_months_whose_year_is_told_once_at_its_end() -> None:
    september = date(2024, 9, 3)
    assert values("Footfall rose from February to May this year.", september) == {"2024-02/2024-05"}
    assert values("Les ventes ont doublé de janvier à avril 2023.", september, "fr") == {"2023-01/2023-04"}
    # across a new year: the first month is in the year before
    assert values("entre novembre et mars de l'année dernière", september, "fr") == {"2022-11/2023-03"}
    # both years written, as before
    assert values("from March 2019 to June 2020", september) == {"2019-03/2020-06"}


def test_an_event_named_with_its_year_is_not_a_date() -> None:
    anchor = date(2024, 9, 18)
    french = (
        "Les commandes liées à la Coupe du monde 2030 et aux Jeux olympiques 2024 ont porté l'exercice 2024."
    )
    assert values(french, anchor, "fr") == {"2024"}
    english = "Hotels booked for the World Cup 2026 opened in 2025, before Expo 2027."
    assert values(english, anchor) == {"2025"}
    # the year of the event said as a date is still one
    assert values("La Coupe du monde aura lieu en 2030.", anchor, "fr") == {"2030"}


def test_a_weekday_alone_is_the_nearest_such_day_on_the_side_of_its_tense() -> None:
    wednesday = date(2025, 12, 3)
    assert values("Les deux ministres ont inauguré mardi le nouveau centre.", wednesday, "fr") == {
        "2025-12-02"
    }
    assert values("The council will vote on Tuesday.", wednesday) == {"2025-12-09"}
    assert values("Shares fell on Monday after the profit warning.", wednesday) == {"2025-12-01"}
    # its part of the day is still that day
    assert values("The council approved the scheme on Tuesday evening.", wednesday) == {"2025-12-02"}
    assert values("Le conseil communal a voté lundi soir le plan.", wednesday, "fr") == {"2025-12-01"}


def test_habits_spans_of_days_and_names_with_a_weekday_are_not_dates() -> None:
    wednesday = date(2025, 12, 3)
    assert values("The helpline is open Monday to Friday, 9am to 5pm.", wednesday) == set()
    assert (
        values("Le marché se tient le mardi et tous les samedis, du lundi au vendredi.", wednesday, "fr")
        == set()
    )
    assert values("Black Friday sales rose on every Saturday of the month.", wednesday) == set()


# Shapes of the third held-out set (own31-own40, enricher 0.7.4).


def test_a_month_from_which_something_runs() -> None:
    text = "Refunds will be paid from September, the council said."
    assert values(text, date(2025, 5, 9)) == {"2025-09"}


def test_a_release_date_after_for_immediate_release_in_the_us_order() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = "FOR IMMEDIATE RELEASE: 04/07/2025\n\nHARTFORD, Conn. -- The state today opened a new clinic.\n"
    assert find_published_on(text, "en", date(2025, 4, 8)) == date(2025, 4, 7)


# Three paragraphs of an announcement's prose: the header ends before them, a foot comes after.
_ANNOUNCEMENT = (
    "The board announces that it has entered into a conditional agreement to acquire a warehouse "
    "for a purchase consideration agreed on a willing-buyer and willing-seller basis, to be funded "
    "by a private placement of new units to institutional investors.\n\n"
) * 3


def test_an_announcement_signed_off_with_its_place_and_date() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = _ANNOUNCEMENT
    head = "ACME HOLDINGS LIMITED\n(Stock Code: 1234)\n\n"
    text = f"{head}{body}By order of the Board\nSingapore, 14 August 2025\n"
    assert find_published_on(text, "en", date(2025, 8, 15)) == date(2025, 8, 14)
    # a place and a date inside a sentence is no sign-off
    prose = f"{head}{body}The meeting was held in Singapore, 14 August 2025, with all directors.\n"
    assert find_published_on(prose, "en", date(2025, 8, 15)) is None
    # the town and the date split by a slash, or on two lines
    for sign_off in ("Durban / 14 August 2025", "Durban\n14 August 2025"):
        text = f"{head}{body}By order of the Board\n{sign_off}\n\nSponsor\nKaroo Capital (Pty) Ltd\n"
        assert find_published_on(text, "en", date(2025, 8, 15)) == date(2025, 8, 14)
    # a heading's line above a date is no town
    table = f"{head}{body}Record date\n14 August 2025\n"
    assert find_published_on(table, "en", date(2025, 8, 15)) is None


def test_an_announcement_signed_by_its_secretary_and_a_form_s_numbered_date_of_report() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = _ANNOUNCEMENT
    signed = f"ACME REIT\n\n{body}By order of the Board\nLee Mei Ling\nCompany Secretary\n8 March 2027\n"
    assert find_published_on(signed, "en", date(2027, 3, 8)) == date(2027, 3, 8)
    # a date under a line that is no title is no signature's
    listed = f"ACME REIT\n\n{body}Key dates\nBooks closure\n8 March 2027\n"
    assert find_published_on(listed, "en", date(2027, 3, 8)) is None
    form = (
        "SEC FORM 17-C\n\n1. Date of Report (Date of earliest event reported): Nov 10, 2026\n"
        "2. SEC Identification Number: CS200812345\n\n" + body
    )
    assert find_published_on(form, "en", date(2026, 11, 11)) == date(2026, 11, 10)


def test_a_dateline_town_with_a_particle_a_town_and_a_period_and_a_foot_date_with_its_time() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = _ANNOUNCEMENT
    particle = f"RUVU SUGAR PLC\n\nDar es Salaam, 29 September 2026 – {body}"
    assert find_published_on(particle, "en", date(2026, 9, 29)) == date(2026, 9, 29)
    period = f"GOVERNMENT OF BELIZE\nPRESS OFFICE\n\nBelmopan. March 15, 2027.\n\n{body}"
    assert find_published_on(period, "en", date(2027, 3, 15)) == date(2027, 3, 15)
    signed = "PUBLIC AFFAIRS DEPARTMENT\nSINGAPORE POLICE FORCE\n18 March 2027 @ 4:30 PM\n"
    foot = f"NEWS RELEASE\n\n{body}{signed}"
    assert find_published_on(foot, "en", date(2027, 3, 18)) == date(2027, 3, 18)


def test_an_rns_header_releases_at_a_time_with_seconds() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = "RNS Number : 1234A\nHarlow Bricks PLC\nReleased 07:00:05 19 November 2026\n\nTIDM: HBP\n"
    assert find_published_on(text, "en", date(2026, 11, 19)) == date(2026, 11, 19)


def test_a_quarter_named_by_its_last_month_keeps_the_year_grain() -> None:
    text = "Output beat the September quarter. The Dec 2026 Qtr and the March 2027 quarter follow."
    assert values(text, date(2026, 10, 20)) == {"2026", "2027"}
    # a month alone after a cue stays a month
    assert values("Drilling resumed in September.", date(2026, 10, 20)) == {"2026-09"}


def test_a_two_digit_financial_year() -> None:
    assert values("FY26 revenue rose and FY2028 targets stand.", date(2026, 8, 1)) == {"2026", "2028"}


def test_a_span_across_two_months_written_month_first() -> None:
    text = "The congress runs November 28–December 2 in Lisbon."
    assert values(text, date(2026, 11, 3)) == {"2026-11-28/2026-12-02"}


def test_a_weekday_after_a_french_participle_is_past() -> None:
    anchor = date(2026, 5, 13)  # a Wednesday
    assert values("Comme prévu mardi, le chantier ouvrira en juin.", anchor, "fr") == {
        "2026-05-12",
        "2026-06",
    }
    text = "Réunie lundi à Rennes, la commission a retenu douze projets."
    assert values(text, anchor, "fr") == {"2026-05-11"}


def test_years_inside_a_programme_s_title_and_a_bond_s_name() -> None:
    anchor = date(2026, 3, 2)
    text = (
        "L'appel « Villages vivants 2027 » et l'emprunt « ETAT 5,75 % 2026-2031 » sont ouverts depuis 2025."
    )
    assert values(text, anchor, "fr") == {"2025"}
    assert values("The 6.125% 2032 Notes were priced in 2026.", anchor) == {"2026"}
    # a quoted sentence that ends with "en 2027" names the year
    assert values("« Nous ouvrirons en 2027 », a dit la maire.", anchor, "fr") == {"2027"}


def test_two_days_of_a_month_joined_by_to_or_through() -> None:
    anchor = date(2026, 11, 1)
    assert values("The expo runs from November 25 to 27, 2026 in Cebu.", anchor) == {"2026-11-25/2026-11-27"}
    assert values("Doors open November 25 through 27.", anchor) == {"2026-11-25/2026-11-27"}
    # a count after "to" is not the second day
    assert values("The kits shipped on November 3 to 12 partners.", anchor) == {"2026-11-03"}


def test_a_month_whose_sentence_speaks_of_the_future_is_the_coming_one() -> None:
    anchor = date(2026, 11, 25)
    assert values("Le crédit sera examiné par la commission en janvier.", anchor, "fr") == {"2027-01"}
    assert values("La direction prévoit de lancer, dès janvier, un produit.", anchor, "fr") == {"2027-01"}
    assert values("The bill will be examined by the committee in January.", anchor) == {"2027-01"}
    # a past sentence does not move a month its report names ("Ont été évoqués ... en octobre")
    reported = "Ont été évoqués l'atterrissage en octobre et la mission."
    assert values(reported, date(2018, 3, 5), "fr") == {"2018-10"}
    # ... but a verb that reports in the sentence before is no report of this one's month
    told = (
        "The board discussed the plan. The bridge, shut for repairs, reopened after the inspection "
        "in October."
    )
    assert values(told, date(2018, 3, 5)) == {"2017-10"}


def test_a_month_opening_its_sentence_takes_the_main_verbs_tense() -> None:
    anchor = date(2026, 3, 26)
    assert values("In November, the bank signed a credit line with a lender.", anchor) == {"2025-11"}
    assert values("In November, the bank will open two branches.", anchor) == {"2026-11"}


def test_a_weekday_in_the_part_of_a_mixed_sentence_that_holds_it() -> None:
    text = "Work will begin in October, after the council approved the design at its meeting on Thursday."
    assert values(text, date(2025, 9, 9)) == {"2025-10", "2025-09-04"}


def test_a_release_issued_by_its_office_at_its_foot() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = (
        "The trust opened its new unit to patients this week, with twelve bays and a lounge. " * 4
    ) + "\n\n"
    text = (
        f"New unit opens\n\n{body}{body}ENDS\n\n"
        "Issued by the Communications Team, Harbour Hospitals Trust, 3 February 2026\nEmail: x@example.org\n"
    )
    assert find_published_on(text, "en", date(2026, 2, 4)) == date(2026, 2, 3)


def test_a_paragraph_break_parts_a_month_from_a_numbered_paragraph_and_old_years_open_a_span() -> None:
    anchor = date(2026, 1, 14)
    assert values("Support for workers who switch jobs from April\n\n1. Mid-career workers", anchor) == {
        "2026-04"
    }
    assert values("The wall was built between 1885 and 1910.", anchor) == {"1885/1910"}
    assert values("Media: media@example.org | +61 8 5550 1927", anchor) == set()


def test_a_foot_signed_by_the_issuer_in_capitals_above_its_date() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = ("The board funds training that helps adult workers move into growth sectors. " * 4) + "\n\n"
    foot = "For media queries:\nJo Tan\n\nSKILLS PATHWAYS BOARD\n14 January 2026\n"
    text = f"New allowances\n\n{body}{body}{foot}"
    assert find_published_on(text, "en", date(2026, 1, 15)) == date(2026, 1, 14)
    # the issuer's short name, a comma, then what it is
    foot = "For media queries:\nJo Tan\n\nSPB, SINGAPORE'S SKILLS PATHWAYS BOARD\n14 January 2026\n"
    text = f"New allowances\n\n{body}{body}{foot}"
    assert find_published_on(text, "en", date(2026, 1, 15)) == date(2026, 1, 14)


def test_abbreviated_weekdays_in_days_ranges_and_pairs() -> None:
    anchor = date(2031, 3, 3)
    agenda = "- du mar. 11 au ven. 14 mars : permanences ;\n- jeu. 20 mars, 9 h : visite ;\n"
    assert values(agenda, anchor, "fr") == {"2031-03-11/2031-03-14", "2031-03-20"}
    assert values("- sam. 22 et dim. 23 mars : portes ouvertes.", anchor, "fr") == {"2031-03-22/2031-03-23"}
    assert values("- sam. 22 et sam. 29 mars : visites.", anchor, "fr") == {"2031-03-22", "2031-03-29"}
    english = "Open from Tues. Sept. 9 to Thurs. Sept. 11, 2031, and on Sat 20 Sept 2031."
    assert values(english, anchor) == {"2031-09-09/2031-09-11", "2031-09-20"}
    # "Mar." before a day and a year is March; "la mer." is no weekday
    assert values("Filed on Mar. 8, 2031, near la mer. 7 boats left.", anchor) == {"2031-03-08"}
    assert values("From Mar. 4 to Apr. 9, 2031.", anchor) == {"2031-03-04/2031-04-09"}


def test_a_year_after_end_and_a_month_after_the_end_of() -> None:
    anchor = date(2031, 4, 2)
    assert values("We aim to finish 40 depots by end-2034.", anchor) == {"2034"}
    assert values("Cash stood at £2 million at the end of March.", anchor) == {"2031-03"}
    # a reference code stays one
    assert values("See form END-2034 and CP-2031.", anchor) == set()


def test_financial_year_after_a_quarter_or_months_count() -> None:
    assert values("Revenue in 2QFY2030 rose against 6MFY2029.", date(2030, 2, 1)) == {"2030", "2029"}


def test_names_that_carry_a_year_a_code_edition_an_acronym_a_plan_a_title() -> None:
    anchor = date(2031, 1, 5)
    assert values("Estimates follow the Valuation Code (2017) since 2019.", anchor) == {"2019"}
    assert values("Le Schéma régional des transports 2040 (SRT 2040) est voté en 2031.", anchor, "fr") == {
        "2031"
    }
    assert values('Read "Soils under pressure: a field study, 2024–2029" online.', anchor) == set()
    assert values("« Plan grand froid 2031-2032 » ; l'hiver 2030-2031 fut dur.", anchor, "fr") == {
        "2030/2031"
    }
    # a plan adopted in a year, a horizon, and a year in capitals after a cue stay dates
    text = "Le Plan vélo sera adopté en 2032, à l'horizon 2040. PRÉVU EN 2033."
    assert values(text, anchor, "fr") == {"2032", "2040", "2033"}
    assert values('"Sales grew from 2024 to 2029," she said.', anchor) == {"2024/2029"}


def test_a_government_release_dated_only_by_its_end_mark() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = "Scheme opens\n*****\n\n     The Bureau announced today a scheme.\n\nEnds/Monday, March 3, 2031\n"
    assert find_published_on(text, "en") == date(2031, 3, 3)
    assert find_published_on("A note.\n\nThe weekend ends/3 March 2031\n", "en") is None


def test_through_says_a_span_without_a_lead_word() -> None:
    text = (
        "The pool will open daily June 2 through Aug. 28. It is paid for over fiscal years 2027 through 2029."
    )
    assert values(text, date(2026, 3, 10)) == {"2026-06-02/2026-08-28", "2027/2029"}


def test_an_hour_inside_a_span_and_the_end_of_this_month() -> None:
    text = "L'arrêté s'applique du lundi 6 juillet 2026 à 8 heures au vendredi 30 octobre 2026 inclus."
    assert values(text, date(2026, 7, 2), "fr") == {"2026-07-06/2026-10-30"}
    assert values("Le chantier sera terminé d'ici la fin du mois.", date(2026, 7, 2), "fr") == {"2026-07"}
    assert values("Bids close by the end of the month.", date(2026, 2, 11)) == {"2026-02"}


def test_a_wire_dateline_whose_place_holds_a_number() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = (
        "Solar farm opens\n\nTREATY 6 TERRITORY, RED PHEASANT, Sask., May 4, 2026 /CNW/ - The Nation said.\n"
    )
    assert find_published_on(text, "en", date(2026, 5, 5)) == date(2026, 5, 4)
    headline = "Top 10 Tips, 3 March 2026 was a busy day\n\nText.\n"  # a headline's count is no place
    assert find_published_on(headline, "en", date(2026, 6, 5)) is None


def test_a_philippine_release_writes_its_numeric_dates_month_first() -> None:
    text = "GOVERNMENT OF BOHOL\nTagbilaran City, Bohol, Philippines\n\nPosted: 03/05/2026\n\nThe board met."
    assert [d.value for d in find_dates(text, "en", date(2026, 3, 5))] == ["2026-03-05"]


def test_an_exchange_form_s_dashed_date_and_a_dateline_in_brackets_opening_the_lead() -> None:
    from pressflow_enrich.dates.published import find_published_on

    form = "Announcement Details\nDate & Time of Broadcast: 14-Aug-2026 17:42:10\nStatus: New\n\nIt met."
    assert find_published_on(form, "en", date(2026, 8, 14)) == date(2026, 8, 14)
    assert values("Effective 01-Sep-2026 the fee rises.", date(2026, 8, 14)) == {"2026-09-01"}
    lead = "PRESS RELEASE\n\nHarbour swim returns\n\n(Kowloon, 9 May 2026) The club today announced a swim.\n"
    assert find_published_on(lead, "en", date(2026, 5, 10)) == date(2026, 5, 9)


def test_a_letter_s_reference_and_its_date_on_one_line() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = "PRESS RELEASE\n\nNo. TSRTC/PR/2026-27/77" + " " * 30 + "Date: 21.01.2027\n\nBuses added."
    assert find_published_on(text, "en", date(2027, 1, 21)) == date(2027, 1, 21)


def test_a_financial_year_written_on_two_years_after_its_letters() -> None:
    text = "In FY2026-27 revenue rose, against FY2025/26 and FY2024/2025; FY2027 follows; FY2026-29 is none."
    assert values(text, date(2027, 10, 27)) == {"2026/2027", "2025/2026", "2024/2025", "2027"}


def test_a_law_named_with_a_comma_and_its_year_is_no_date() -> None:
    text = "Under the SEBI (Listing Obligations) Regulations, 2015 and the Companies Act, 2013, in 2016."
    assert values(text, date(2027, 11, 12)) == {"2016"}


def test_a_place_named_after_a_weekday_is_no_date() -> None:
    assert values("She grew up on Thursday Island and sailed to Friday Harbor.", date(2027, 2, 17)) == set()
    assert values("The board will meet on Friday.", date(2027, 2, 17)) == {"2027-02-19"}


def test_years_named_as_a_span_after_annees_exercices_or_years() -> None:
    text = "Le plan couvre les années 2027 à 2031 et les exercices 2027 à 2030."
    assert values(text, date(2027, 3, 16), "fr") == {"2027/2031", "2027/2030"}
    assert values("Budgets for the years 2027 to 2031; the years 2027 and 2028.", date(2027, 3, 16)) == {
        "2027/2031",
        "2027",
        "2028",
    }


def test_a_header_date_in_two_languages_and_a_first_published_label() -> None:
    from pressflow_enrich.dates.published import find_published_on

    irish = (
        "Cork County Council\n\nPREASRÁITEAS / PRESS RELEASE\n"
        "Dé hAoine 4 Meitheamh 2027 / Friday 4 June 2027\n\nRoads."
    )
    assert find_published_on(irish, "en", date(2027, 6, 30)) == date(2027, 6, 4)
    welsh = (
        "Welsh Government\n\nNews\n£4m for a school\n\n"
        "First published: 23 June 2027\nPart of: Education\n\nIt will."
    )
    assert find_published_on(welsh, "en", date(2027, 6, 30)) == date(2027, 6, 23)


def test_a_reference_line_with_its_town_and_date_and_a_date_alone_ending_the_release() -> None:
    from pressflow_enrich.dates.published import find_published_on

    header = "STATE INFORMATION OFFICE\n\nNo. 77/2027" + " " * 30 + "Kozhikode, 09.03.2027\n\n"
    text = header + "New ferries\n\nThe board approved four ferries on Monday."
    assert find_published_on(text, "en", date(2027, 3, 10)) == date(2027, 3, 9)
    body = ("The authority approved the dredging of the harbour channel for larger vessels. " * 4) + "\n\n"
    head = f"Dredging approved\n\n{body}{body}"
    foot = "Signed:\nAmaka Obi\nHead, Public Affairs\nHarbour Development Authority\n3rd March, 2027\n"
    assert find_published_on(head + foot, "en", date(2027, 3, 5)) == date(2027, 3, 3)
    # a date alone at the foot of no signature block is no sign-off
    foot = "Key dates\nPayment of the first tranche\n3rd March, 2027\n"
    assert find_published_on(head + foot, "en", date(2027, 3, 5)) is None


def test_a_quarter_sharing_its_year_a_span_of_fiscal_years_and_two_months_without_year() -> None:
    march = date(2027, 3, 2)
    assert values("It will report its fourth quarter and full year 2026 results.", march) == {"2026"}
    assert values("Fourth quarter and fiscal year 2026 results follow.", march) == {"2026"}
    assert values("The plan covers 2027/28 to 2029/30.", march) == {"2027/2030"}
    assert values("Le plan couvre les exercices 2027-2028 à 2029-2030.", march, "fr") == {"2027/2030"}
    assert values("Trading in January and February was strong.", march) == {"2027-01", "2027-02"}
    # "de ... et ..." names two months; only "entre ... et ..." is a span
    assert values("Les ventes de janvier et février ont progressé.", march, "fr") == {"2027-01", "2027-02"}
    assert values("Entre juin et août, la route sera fermée.", march, "fr") == {"2027-06/2027-08"}


def test_a_month_with_a_relative_year_and_a_day_that_comes_back_each_year() -> None:
    october = date(2029, 10, 20)
    assert values("The bid was lodged in October last year, the board said.", october) == {"2028-10"}
    assert values("Talks held in March and April this year shaped it.", october) == {"2029-03", "2029-04"}
    assert values("Le budget a été voté en novembre de l’année dernière.", october, "fr") == {"2028-11"}
    assert values("Doors open in May next year.", october) == {"2030-05"}
    text = "Interest is payable on June 15 and December 15 of each year, beginning June 15, 2030."
    assert values(text, october) == {"2030-06-15"}
    assert values("The market is held on 2 August every year.", october) == set()


def test_dateline_shapes_with_a_weekday_an_embargo_label_and_a_town_after_a_gap() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = "\n\nThe museum opened its new hall on 1st December, 2029, it said."
    lagos = "MUSEUM\n\nNEWS RELEASE\n\nBig hall\n\nIbadan, Nigeria – Thursday, 15th November, 2029: The hall."
    assert find_published_on(lagos + body, "en", date(2029, 11, 15)) == date(2029, 11, 15)
    # a meeting's weekday after a dash is still no dateline
    meeting = "Regular Meeting – Monday, November 12, 2029 – the board met." + body
    assert find_published_on(meeting, "en", date(2029, 11, 15)) is None
    embargo = "HILLSIDE COLLEGE\nPress release | Embargoed until 00:01, Thursday 15 November 2029\n\nNew head"
    assert find_published_on(embargo + body, "en", date(2029, 11, 15)) == date(2029, 11, 15)
    gap = "News release\n\nMoney for pipes\n\nNovember 15, 2029" + " " * 20 + "Moose Jaw, Saskatchewan\n"
    assert find_published_on(gap + body, "en", date(2029, 11, 15)) == date(2029, 11, 15)


def test_a_dotted_date_with_a_two_digit_year_and_header_dates_after_a_kind_or_a_translated_label() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = "Summary                Year to 30.06.29   Year to 30.06.28\nWages           18.2      17.1"
    assert values(text, date(2030, 2, 26)) == {"2029-06-30", "2028-06-30"}
    assert values("See section 3.1.12 of the v10.11.12 notes.", date(2030, 2, 26)) == set()
    body = "\n\nThe trust awarded the contract on Monday.\n"
    text = "NORTHERN HARBOUR TRUST\n\nNEWS RELEASE 09/11/2029\n\nQuay contract awarded" + body
    assert find_published_on(text, "en", date(2029, 11, 9)) == date(2029, 11, 9)
    text = "Newyddion / News\nDyddiad / Date: 11.05.2029\n\nGrants for 30 arts groups" + body
    assert find_published_on(text, "en", date(2029, 5, 11)) == date(2029, 5, 11)


def test_a_wire_dateline_of_two_towns_and_a_town_with_its_territory_before_a_bracketed_date() -> None:
    from pressflow_enrich.dates.published import find_published_on

    body = "\n\nHalvorsen Industrial said today it agreed to buy Corvane.\n"
    for towns in ("MILWAUKEE & DENVER", "NEW YORK and LONDON"):
        two = f"Halvorsen to Acquire Corvane\n\n{towns}--(BUSINESS WIRE)--Feb. 9, 2027--Halvorsen said so."
        assert find_published_on(two + body, "en", date(2027, 2, 10)) == date(2027, 2, 9)
    territory = (
        "FOR IMMEDIATE RELEASE\n\nSIOUX LOOKOUT, ON, Treaty 3 Territory (18 June 2028) – The Nation signed."
    )
    assert find_published_on(territory + body, "en", date(2028, 6, 19)) == date(2028, 6, 18)


def test_a_span_between_two_whole_dates_joined_by_a_dash() -> None:
    # a fares table's travel period, and the same with the month first
    text = "Sydney – Fiji     A$399     3 Feb 2026 – 31 May 2026\nOffer: Mar 1, 2026 - Apr 15, 2026."
    assert values(text, date(2025, 11, 3)) == {"2026-02-03/2026-05-31", "2026-03-01/2026-04-15"}


def test_a_day_alone_before_to_opens_a_span() -> None:
    text = "The fair will fill the harbour on its final weekend, 24 to 26 October. It moved 3 May to 10 May."
    # a first end with its own month and no year may be a move: two days, as before
    assert values(text, date(2025, 6, 4)) == {"2025-10-24/2025-10-26", "2025-05-03", "2025-05-10"}


def test_last_night_this_evening_and_two_days_either_side() -> None:
    anchor = date(2025, 3, 12)
    assert values("The trust named its winners last night.", anchor) == {"2025-03-11"}
    assert values("The mayor will speak this evening.", anchor) == {"2025-03-12"}
    assert values("It rained the day before yesterday.", anchor) == {"2025-03-10"}
    assert values("Results come the day after tomorrow.", anchor) == {"2025-03-14"}
    assert values("The day before the vote, nobody spoke.", anchor) == set()


def test_a_weekday_that_comes_back_each_month_is_no_date() -> None:
    anchor = date(2025, 3, 12)
    assert values("The library opens late on the last Friday of each month.", anchor) == set()
    assert values("Le marché se tient le premier samedi du mois.", anchor, "fr") == set()
    # a weekday last week is still a date
    assert values("The board met last Friday.", anchor) == {"2025-03-07"}


def test_the_year_of_an_event_is_a_year_and_the_plural_a_decade() -> None:
    anchor = date(2025, 3, 12)
    assert values("Since the 2010 floods the levee has held.", anchor) == {"2010"}
    assert values("Built in the 1970s, the pier closed.", anchor) == {"1970/1979"}
    assert values("Dans les années 1960, le port s'agrandit.", anchor, "fr") == {"1960/1969"}


def test_a_span_of_abbreviated_months_and_a_span_s_end_with_its_time() -> None:
    anchor = date(2026, 3, 12)
    assert values("Net sales Jan–Dec 2025 and Jan-Dec 2024 both rose.", anchor) == {
        "2025-01/2025-12",
        "2024-01/2024-12",
    }
    assert values("The plans are on show from Friday 13 March to 5pm Friday 10 April 2026.", anchor) == {
        "2026-03-13/2026-04-10"
    }
    assert values("Submissions run from 9.30 a.m. on March 16 to noon on March 20, 2026.", anchor) == {
        "2026-03-16/2026-03-20"
    }


def test_a_passive_still_to_come_whose_auxiliary_stands_further_back() -> None:
    text = "The annual report will be posted to shareholders in April and will be online."
    assert values(text, date(2026, 3, 10)) == {"2026-04"}


def test_a_sentence_s_day_in_brackets_is_no_dateline() -> None:
    from pressflow_enrich.dates.published import find_published_on

    text = (
        "GOVERNMENT OF THE STATE\nINFORMATION DIRECTORATE\n\n"
        "PRESS RELEASE No: 41                                        Date: 14.02.2026\n\n"
        "The State Cabinet, which met in the capital on Friday (13.02.2026) under the Chief Minister, "
        "approved eleven projects.\n"
    )
    assert find_published_on(text, "en", date(2026, 2, 14)) == date(2026, 2, 14)
    # a dateline's own day in brackets still is one
    dateline = "PINE FALLS, Man., Treaty 3 Territory (18 June 2028) – The council met."
    assert find_published_on(dateline, "en", date(2028, 6, 18)) == date(2028, 6, 18)


def test_a_century_in_the_plural_and_a_road_numbered_like_a_year() -> None:
    anchor = date(2026, 9, 14)
    assert values("Some of these mills have been grinding corn since the 1800s.", anchor) == {"1800/1899"}
    assert values("Its farms have stood there since the 1960s.", anchor) == {"1960/1969"}  # still a decade
    text = (
        "Les travaux sur la route départementale (RD) 2120 dureront jusqu'en mai 2027 ; "
        "la RD 2120 restera ouverte."
    )
    assert values(text, anchor, "fr") == {"2027-05"}
    assert values("Highway 2040 will close for repairs in 2027.", anchor) == {"2027"}


def test_a_half_or_a_quarter_written_against_its_year() -> None:
    anchor = date(2026, 2, 26)
    assert values("The second warehouse is due for completion in 2H2027.", anchor) == {"2027"}
    assert values("Orders grew in 1Q2026, after a weak 4Q2025.", anchor) == {"2026", "2025"}
    assert values("Spare part 4H2027-B was replaced.", anchor) == set()  # a code, no half


def test_a_weekday_before_what_recurs_on_it_is_a_habit() -> None:
    anchor = date(2026, 3, 12)
    assert values("Players drive to Kyabram for Saturday games.", anchor) == set()
    assert values("Highlights are shown on Sunday evenings.", anchor) == set()
    assert values("The library will restore Sunday hours.", anchor) == set()
    assert values("The ground reopens on Saturday.", anchor) == {"2026-03-14"}


def test_a_three_month_season_a_quarter_with_two_digits_and_a_code_s_edition() -> None:
    anchor = date(2026, 3, 3)
    text = "Forecasters expect a dry March-April-May 2026 season, and a wet Dec-Jan-Feb 2027."
    assert values(text, anchor) == {"2026-03/2026-05", "2026-12/2027-02"}
    text = "The mill starts in 1Q28, after 3Q26 sales and 9M25 cash flow; the 2H2027 target stays."
    assert values(text, anchor) == {"2028", "2026", "2025", "2027"}
    text = "Resources are reported under the JORC Code (2012 Edition), the 2012 Edition of the Code."
    assert values(text, anchor) == set()
    assert values("The 2025 edition of the fair drew crowds.", anchor) == {"2025"}


def test_a_weekday_in_brackets_after_a_date_is_that_date_s() -> None:
    anchor = date(2026, 10, 27)
    text = "Date of AGM: 24 December 2026 (Thursday) at 11:00 a.m.\nRecord Date: 19 November 2026 (Thursday)"
    assert values(text, anchor) == {"2026-12-24", "2026-11-19"}


def test_a_month_in_a_sentence_that_expects_is_to_come() -> None:
    anchor = date(2026, 7, 29)
    text = "The Company expects further growth, supported by the opening of a new line in September."
    assert values(text, anchor) == {"2026-09"}
    text = "Revenue fell, driven by lower prices in March."
    assert values(text, anchor) == {"2026-03"}
    # "we expect" with its object, before a month gone by: no plan for that month
    text = "With the central bank's cut in September, we expect our costs to fall in the fourth quarter."
    assert values(text, date(2026, 10, 22)) == {"2026-09", "2026"}  # the quarter: its year
