package com.certhall.catalog.web;

/** One help row. */
public class HelpRow {
    private String question = "";
    private String answer = "";

    public HelpRow() {
    }

    HelpRow(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
