package com.certhall.support.web;

import com.certhall.shared.InvalidInputException;
import com.certhall.support.help.Faq;
import com.certhall.support.help.FaqDraft;
import java.util.ArrayList;
import java.util.List;

/** The FAQ editor's form: one row per question, plus empty rows to add new ones (a row left empty is dropped). */
public class FaqForm {

    static final int SPARE_ROWS = 3;

    private List<Row> faq = new ArrayList<>();

    public static FaqForm of(List<Faq> faqs) {
        FaqForm form = new FaqForm();
        faqs.forEach(f -> form.faq.add(new Row(f.questionZh(), f.answerZh(), f.questionEn(), f.answerEn(), f.link())));
        return form.withSpareRows();
    }

    FaqForm withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            faq.add(new Row("", "", "", "", ""));
        }
        return this;
    }

    /** The filled rows as drafts; every bad field of every row is reported at once, named {@code faq[i].field}. */
    List<FaqDraft> drafts() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<FaqDraft> drafts = new ArrayList<>();
        for (int i = 0; i < faq.size(); i++) {
            Row r = faq.get(i);
            if (FaqDraft.blank(r.getQuestionZh(), r.getAnswerZh(), r.getQuestionEn(), r.getAnswerEn())) {
                continue;
            }
            int row = i;
            FaqDraft d = errors.check(() -> FaqDraft.of(row, r.getQuestionZh(), r.getAnswerZh(), r.getQuestionEn(),
                    r.getAnswerEn(), r.getLink()));
            if (d != null) {
                drafts.add(d);
            }
        }
        errors.throwIfAny();
        return drafts;
    }

    public List<Row> getFaq() {
        return faq;
    }

    public void setFaq(List<Row> faq) {
        this.faq = faq;
    }

    /** One question as typed. */
    public static class Row {

        private String questionZh = "";
        private String answerZh = "";
        private String questionEn = "";
        private String answerEn = "";
        private String link = "";

        public Row() {
        }

        Row(String questionZh, String answerZh, String questionEn, String answerEn, String link) {
            this.questionZh = questionZh;
            this.answerZh = answerZh;
            this.questionEn = questionEn;
            this.answerEn = answerEn;
            this.link = link;
        }

        public String getQuestionZh() {
            return questionZh;
        }

        public void setQuestionZh(String questionZh) {
            this.questionZh = questionZh;
        }

        public String getAnswerZh() {
            return answerZh;
        }

        public void setAnswerZh(String answerZh) {
            this.answerZh = answerZh;
        }

        public String getQuestionEn() {
            return questionEn;
        }

        public void setQuestionEn(String questionEn) {
            this.questionEn = questionEn;
        }

        public String getAnswerEn() {
            return answerEn;
        }

        public void setAnswerEn(String answerEn) {
            this.answerEn = answerEn;
        }

        public String getLink() {
            return link;
        }

        public void setLink(String link) {
            this.link = link;
        }
    }
}
